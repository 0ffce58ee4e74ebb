import { ApiError } from './api-error';

/**
 * The revision an `If-Match` header names. Required on every write to an existing flow so
 * nobody overwrites a change they have not seen: 428 without it, 400 when unreadable.
 */
export function expectedRevision(header: string | undefined): number {
  if (header === undefined || header.trim() === '') {
    throw new ApiError('precondition_required', 'Send If-Match with the revision you last read (its ETag), so a newer change is not overwritten.');
  }
  const match = /^\s*"?(\d{1,9})"?\s*$/.exec(header);
  if (!match) throw new ApiError('bad_request', `If-Match must be an ETag of this API such as "3"; got ${JSON.stringify(header.slice(0, 40))}.`);
  return Number(match[1]);
}
