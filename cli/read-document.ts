import { closeSync, fstatSync, openSync, readSync, statSync } from 'node:fs';
import { describeFileError } from './file-errors';
import { formatSize } from './size-option';

/** The bytes of a file, or why they were not read. */
export type ReadResult = { ok: true; bytes: Uint8Array } | { ok: false; message: string };

/** The argument that names standard input in place of a flow or pack file, as in most Unix tools. */
export const STDIN_ARGUMENT = '-';

let stdinRead = false;

/**
 * Reads a file of at most `maxBytes` bytes, read-only; {@link STDIN_ARGUMENT} reads standard input.
 *
 * @remarks
 * The size is checked with `stat` before anything is read, so a huge file costs nothing;
 * then at most `maxBytes + 1` bytes are read from the opened file, so one that grows
 * between the check and the read (or a device that reports size 0) is still refused.
 * Anything but a regular file (a FIFO would block, a device never ends) is refused.
 */
export function readDocumentFile(path: string, maxBytes: number): ReadResult {
  if (path === STDIN_ARGUMENT) return readStandardInput(maxBytes);
  let descriptor: number;
  try {
    const before = statSync(path);
    if (!before.isFile()) return { ok: false, message: before.isDirectory() ? 'is a directory' : 'not a regular file' };
    if (before.size > maxBytes) return tooLarge(before.size, maxBytes);
    descriptor = openSync(path, 'r');
  } catch (error) {
    return { ok: false, message: describeFileError(error) };
  }
  try {
    const stats = fstatSync(descriptor);
    if (!stats.isFile()) return { ok: false, message: 'not a regular file' };
    if (stats.size > maxBytes) return tooLarge(stats.size, maxBytes);
    let buffer = Buffer.allocUnsafe(Math.min(stats.size, maxBytes) + 1);
    let length = 0;
    for (;;) {
      if (length === buffer.length) {
        // The file grew after the check; keep reading only up to one byte past the limit.
        if (length > maxBytes) return tooLarge(undefined, maxBytes);
        const grown = Buffer.allocUnsafe(Math.min(buffer.length * 2, maxBytes + 1));
        buffer.copy(grown, 0, 0, length);
        buffer = grown;
      }
      const read = readSync(descriptor, buffer, length, buffer.length - length, null);
      if (read === 0) break;
      length += read;
    }
    return { ok: true, bytes: buffer.subarray(0, length) };
  } catch (error) {
    return { ok: false, message: describeFileError(error) };
  } finally {
    closeSync(descriptor);
  }
}

/**
 * Standard input up to `maxBytes`, read once: a second `-` in the same command would find it empty,
 * so it is refused rather than read as an empty document.
 */
function readStandardInput(maxBytes: number): ReadResult {
  if (stdinRead) return { ok: false, message: 'standard input was already read for an earlier "-"' };
  stdinRead = true;
  const chunks: Buffer[] = [];
  let length = 0;
  const chunk = Buffer.allocUnsafe(64 * 1024);
  try {
    for (;;) {
      const read = readSync(0, chunk, 0, chunk.length, null);
      if (read === 0) break;
      length += read;
      if (length > maxBytes) return tooLarge(undefined, maxBytes);
      chunks.push(Buffer.from(chunk.subarray(0, read)));
    }
  } catch (error) {
    // EOF on a closed or absent stdin reads as an empty document, which parsing reports.
    if ((error as NodeJS.ErrnoException).code !== 'EOF') return { ok: false, message: `standard input: ${describeFileError(error)}` };
  }
  return { ok: true, bytes: Buffer.concat(chunks, length) };
}

function tooLarge(size: number | undefined, maxBytes: number): ReadResult {
  let [actual, limit] = [size === undefined ? undefined : formatSize(size), formatSize(maxBytes)];
  // "10.0 MB, over the 10 MB limit" reads as a contradiction: show the bytes then.
  if (size !== undefined && actual === limit) [actual, limit] = [`${size} bytes`, `${maxBytes}-byte`];
  const what = actual === undefined ? 'larger than' : `${actual}, over`;
  return { ok: false, message: `the file is ${what} the ${limit} limit (see --max-size)` };
}
