import { HostError } from '../../shared/host/host-error';

/** The `code` of a Node file-system error (`ENOENT`, `EACCES`...), if it has one. */
export function errorCode(error: unknown): string | undefined {
  if (error === null || typeof error !== 'object' || !('code' in error)) return undefined;
  const code = (error as { code: unknown }).code;
  return typeof code === 'string' ? code : undefined;
}

const REASONS: Record<string, string> = {
  ENOENT: 'it does not exist',
  EEXIST: 'something with that name already exists',
  EACCES: 'permission denied',
  EPERM: 'the operation is not permitted',
  EISDIR: 'it is a folder',
  ENOTDIR: 'part of the path is not a folder',
  ENOTEMPTY: 'the folder is not empty',
  ENOSPC: 'the disk is full',
  EDQUOT: 'the disk quota is exceeded',
  EROFS: 'the file system is read-only',
  EBUSY: 'it is in use',
  EMFILE: 'too many files are open',
  ENAMETOOLONG: 'the name is too long',
  ELOOP: 'too many symbolic links',
  EXDEV: 'it cannot be moved across disks',
};

/** Why a file-system call failed, in words for a person. */
export function describeFsError(error: unknown): string {
  const code = errorCode(error);
  if (code !== undefined && REASONS[code]) return REASONS[code]!;
  if (error instanceof Error) return error.message;
  return String(error);
}

/**
 * Turns an unexpected file-system error into a HostError the renderer can show: a missing
 * file is NOT_FOUND, an existing one EXISTS, anything else IO with the reason. A HostError
 * passes through unchanged.
 *
 * @param action - what was being done, e.g. `cannot read "sales/welcome.flow.json"`.
 */
export function toHostError(error: unknown, action: string): HostError {
  if (error instanceof HostError) return error;
  const code = errorCode(error);
  const reason = describeFsError(error);
  if (code === 'ENOENT') return new HostError('NOT_FOUND', `${action}: ${reason}`);
  if (code === 'EEXIST') return new HostError('EXISTS', `${action}: ${reason}`);
  return new HostError('IO', `${action}: ${reason}`);
}
