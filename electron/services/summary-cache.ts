import { readFile, stat } from 'node:fs/promises';
import type { FlowSummary } from '../../shared/host/contract';
import { MAX_DOCUMENT_BYTES } from './flow-files';
import { summariseFlowFile, unreadableSummary } from './flow-summary';

interface CachedSummary {
  mtimeMs: number;
  size: number;
  path: string;
  summary: FlowSummary;
}

/**
 * Flow summaries remembered by file, reused while the file's modification time and size
 * are unchanged, so refreshing a large workspace reads only the files that changed.
 */
export class SummaryCache {
  private readonly entries = new Map<string, CachedSummary>();

  /** The summary of the flow file at `absolute` (workspace path `path`), from the cache when the file is unchanged. */
  async summaryOf(absolute: string, path: string): Promise<FlowSummary> {
    let mtimeMs: number;
    let size: number;
    try {
      ({ mtimeMs, size } = await stat(absolute));
    } catch {
      return unreadableSummary(path);
    }
    const cached = this.entries.get(absolute);
    if (cached && cached.mtimeMs === mtimeMs && cached.size === size && cached.path === path) return cached.summary;
    let summary: FlowSummary;
    if (size > MAX_DOCUMENT_BYTES) {
      summary = unreadableSummary(path);
    } else {
      try {
        summary = summariseFlowFile(path, await readFile(absolute));
      } catch {
        summary = unreadableSummary(path);
      }
    }
    this.entries.set(absolute, { mtimeMs, size, path, summary });
    return summary;
  }

  /** Forgets every file not in `present`, so deleted files do not stay in memory. */
  retainOnly(present: ReadonlySet<string>): void {
    for (const key of this.entries.keys()) if (!present.has(key)) this.entries.delete(key);
  }
}
