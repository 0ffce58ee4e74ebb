import { sha256 } from '@noble/hashes/sha2.js';
import { bytesToHex, utf8ToBytes } from '@noble/hashes/utils.js';
import type { Flow } from './flow-schema';
import { serializeFlow } from './flow-file';

/** The form of a {@link flowContentHash}: `sha256:` and 64 lowercase hex digits. */
export const CONTENT_HASH_PATTERN = /^sha256:[0-9a-f]{64}$/;

/**
 * A fingerprint of what a flow is: SHA-256 of its canonical form without `meta`, which only
 * records when and by what tool it was written. Two copies with the same hash are the same
 * flow, whichever side saved them last and however their files were formatted.
 */
export function flowContentHash(flow: Flow): string {
  return `sha256:${bytesToHex(sha256(utf8ToBytes(serializeFlow({ ...flow, meta: {} }))))}`;
}
