import { appendFile, mkdir, rename, rm, stat } from 'node:fs/promises';
import { join } from 'node:path';

/** Options of {@link RotatingLogFile}. */
export interface RotatingLogOptions {
  /** The folder of the log files; created on the first write. */
  dir: string;
  /** The files are `<name>.log` (the one written), then `<name>.1.log` (the newest full one) up to `<name>.<keep>.log`. */
  name: string;
  /** A file is rotated before a line would take it past this size. Default 1 MiB. */
  maxBytes?: number;
  /** How many full files are kept besides the one written. Default 4. */
  keep?: number;
}

const DEFAULT_MAX_BYTES = 1024 * 1024;
const DEFAULT_KEEP = 4;

/**
 * A log file that never grows past a size: lines are appended, and when the next line would
 * take the file past `maxBytes` the files shift down by one (`.log` -> `.1.log` -> `.2.log`...)
 * and the oldest is dropped, so the folder holds at most `keep + 1` files.
 *
 * @remarks
 * Lines are written one at a time, in order, through a queue, so a rotation never interleaves
 * with an append. A log is a convenience for support: a write that fails (a full disk, a folder
 * taken away) is dropped and never reaches the caller. Not the atomic writer of the workspace
 * (services/atomic-write.ts): that replaces a whole file, where a log only ever adds a line, and
 * a rotation is one rename per file.
 */
export class RotatingLogFile {
  readonly path: string;
  private readonly maxBytes: number;
  private readonly keep: number;
  /** The size of the file being written, read from disk on the first write (the file may be from an earlier run). */
  private size: number | undefined;
  private queue: Promise<void> = Promise.resolve();
  private failures = 0;

  constructor(private readonly options: RotatingLogOptions) {
    this.path = join(options.dir, `${options.name}.log`);
    this.maxBytes = options.maxBytes ?? DEFAULT_MAX_BYTES;
    this.keep = options.keep ?? DEFAULT_KEEP;
  }

  /** Queues one line (a newline is added). */
  append(line: string): void {
    this.queue = this.queue.then(() => this.write(`${line}\n`)).catch(() => {
      this.size = undefined;
      this.failures++;
    });
  }

  /** Settles once every line queued so far is written (or dropped); never rejects. */
  flushed(): Promise<void> {
    return this.queue;
  }

  /** How many lines could not be written, for tests and diagnostics. */
  get droppedLines(): number {
    return this.failures;
  }

  /** The path of a kept file: 0 is the one written. */
  fileAt(index: number): string {
    return index === 0 ? this.path : join(this.options.dir, `${this.options.name}.${index}.log`);
  }

  private async write(text: string): Promise<void> {
    const bytes = Buffer.byteLength(text);
    if (this.size === undefined) {
      await mkdir(this.options.dir, { recursive: true });
      this.size = await stat(this.path).then((info) => info.size, () => 0);
    }
    if (this.size > 0 && this.size + bytes > this.maxBytes) {
      await this.rotate();
      this.size = 0;
    }
    // Owner-only, like the app's other files about its user.
    await appendFile(this.path, text, { mode: 0o600 });
    this.size += bytes;
  }

  private async rotate(): Promise<void> {
    await rm(this.fileAt(this.keep), { force: true });
    for (let index = this.keep - 1; index >= 0; index--) {
      await rename(this.fileAt(index), this.fileAt(index + 1)).catch((error: unknown) => {
        if ((error as { code?: unknown }).code !== 'ENOENT') throw error;
      });
    }
  }
}
