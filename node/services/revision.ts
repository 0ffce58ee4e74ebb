import { createHash } from 'node:crypto';

/** A file's revision: the SHA-256 of its bytes, in hex. Equal revisions mean equal content. */
export function revisionOf(bytes: Uint8Array): string {
  return createHash('sha256').update(bytes).digest('hex');
}
