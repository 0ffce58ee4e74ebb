import { RotatingLogFile } from './rotating-log-file';
import { createSupportLog } from './support-log';
import type { LogValue, SupportLog } from './support-log';

/** Options of {@link openSupportLog}. */
export interface OpenSupportLogOptions {
  /** The logs folder: Electron's `app.getPath('logs')` in the desktop app, `logs/` in the browser host's data folder. */
  dir: string;
  /** Which host writes it: each has its own files, so two hosts sharing a folder never rotate each other's. */
  host: 'desktop' | 'browser-host';
  /** What the start line says of the app (its version, the system's locale). */
  start: Record<string, LogValue>;
  maxBytes?: number;
  keep?: number;
}

/** A host's support log, rotated by size, with its first line for this run: the app, its runtime and the system. */
export function openSupportLog(options: OpenSupportLogOptions): SupportLog {
  const file = new RotatingLogFile({ dir: options.dir, name: options.host, ...(options.maxBytes ? { maxBytes: options.maxBytes } : {}), ...(options.keep ? { keep: options.keep } : {}) });
  const log = createSupportLog(file);
  log.write('start', {
    host: options.host,
    ...options.start,
    platform: process.platform,
    arch: process.arch,
    node: process.versions.node,
    // Present only in Electron's processes, whose types this layer does not load.
    ...electronVersion(),
  });
  return log;
}

function electronVersion(): { electron?: string } {
  const version = (process.versions as Record<string, string | undefined>).electron;
  return version === undefined ? {} : { electron: version };
}
