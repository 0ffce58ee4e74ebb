import { readFile, stat } from 'node:fs/promises';
import type { FlowSummary } from '../../shared/host/contract';
import { containsAllWords, foldForSearch, searchWords } from '../../shared/text/search-words';
import { MAX_DOCUMENT_BYTES } from './flow-files';
import { summariseFlowFile, unreadableFlow } from './flow-summary';
import type { SummarisedFlow } from './flow-summary';

interface CachedSummary {
  mtimeMs: number;
  size: number;
  path: string;
  summary: FlowSummary;
  /** The flow's search text, folded once here rather than at every search. */
  searchable: string;
}

/**
 * Flow summaries remembered by file, reused while the file's modification time and size
 * are unchanged, so refreshing a large workspace reads only the files that changed. The
 * library's search looks through the text kept here.
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
      return unreadableFlow(path).summary;
    }
    const cached = this.entries.get(absolute);
    if (cached && cached.mtimeMs === mtimeMs && cached.size === size && cached.path === path) return cached.summary;
    let flow: SummarisedFlow;
    if (size > MAX_DOCUMENT_BYTES) {
      flow = unreadableFlow(path);
    } else {
      try {
        flow = summariseFlowFile(path, await readFile(absolute));
      } catch {
        flow = unreadableFlow(path);
      }
    }
    this.entries.set(absolute, { mtimeMs, size, path, summary: flow.summary, searchable: foldForSearch(flow.searchText) });
    return flow.summary;
  }

  /**
   * Workspace paths of the flows, as of the last listing, whose name, description or step
   * text contain every word of `query`; none for a blank query.
   */
  search(query: string): string[] {
    const words = searchWords(query);
    if (words.length === 0) return [];
    const paths: string[] = [];
    for (const entry of this.entries.values()) if (containsAllWords(entry.searchable, words)) paths.push(entry.path);
    return paths;
  }

  /** Forgets every file not in `present`, so deleted files do not stay in memory. */
  retainOnly(present: ReadonlySet<string>): void {
    for (const key of this.entries.keys()) if (!present.has(key)) this.entries.delete(key);
  }
}
