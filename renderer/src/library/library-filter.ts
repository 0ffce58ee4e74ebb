import type { FlowSummary } from '../../../shared/host/contract';
import { containsAllWords, foldForSearch, searchWords } from '../../../shared/text/search-words';
import type { FolderItem, LibraryItem } from './library-tree';

/** What the library's search box and filters ask for. */
export interface LibraryFilter {
  /** Words to find in the name, description or step text; every word must occur. */
  query: string;
  /** A profile id, or '' for every profile. */
  profile: string;
  /** Only flows with errors or warnings. */
  hasProblems: boolean;
}

export const NO_FILTER: LibraryFilter = { query: '', profile: '', hasProblems: false };

export function isFiltering(filter: LibraryFilter): boolean {
  return filter.query.trim() !== '' || filter.profile !== '' || filter.hasProblems;
}

/**
 * Problem counts to judge a flow by: the live counts of an open document when given
 * (`live`), else the counts the host computed when it listed the workspace.
 */
export type ProblemCounts = (summary: FlowSummary, path: string) => { errors: number; warnings: number };

export const summaryCounts: ProblemCounts = (summary) => ({ errors: summary.errors, warnings: summary.warnings });

/**
 * The host's answer to the search box (`workspace:search`): the paths of the flows whose name,
 * description or step text hold every word. Undefined until the host has answered a query.
 */
export type QueryMatches = ReadonlySet<string> | undefined;

/**
 * Whether one flow passes the filter. For the query, the host's `matches` decide; before the
 * host has answered, the flow's name and description do, which the summary carries.
 */
export function flowMatches(
  summary: FlowSummary,
  path: string,
  filter: LibraryFilter,
  counts: ProblemCounts = summaryCounts,
  matches: QueryMatches = undefined,
): boolean {
  if (filter.profile !== '' && summary.profile !== filter.profile) return false;
  if (filter.hasProblems) {
    const { errors, warnings } = counts(summary, path);
    if (errors + warnings === 0) return false;
  }
  const words = searchWords(filter.query);
  if (words.length === 0) return true;
  if (matches) return matches.has(path);
  return containsAllWords(foldForSearch(`${summary.name}\n${summary.description}`), words);
}

/**
 * The tree cut down to the flows that pass, keeping the folders that lead to them. With no
 * filter the tree is returned as it is, empty folders included (a user just made them).
 */
export function filterTree(root: FolderItem, filter: LibraryFilter, counts: ProblemCounts = summaryCounts, matches: QueryMatches = undefined): FolderItem {
  if (!isFiltering(filter)) return root;
  const prune = (folder: FolderItem): FolderItem | null => {
    const children: LibraryItem[] = [];
    for (const child of folder.children) {
      if (child.kind === 'flow') {
        if (flowMatches(child.summary, child.path, filter, counts, matches)) children.push(child);
      } else {
        const kept = prune(child);
        if (kept) children.push(kept);
      }
    }
    return children.length > 0 || folder.path === '' ? { ...folder, children } : null;
  };
  return prune(root)!;
}

/** A row of the tree as displayed: the items visible with the given folders collapsed, with their depth. */
export interface VisibleRow {
  item: LibraryItem;
  level: number;
}

/**
 * The rows the tree shows, top to bottom: used for arrow-key movement and Shift-click ranges.
 * While filtering every folder is open, so matches are never hidden.
 */
export function visibleRows(root: FolderItem, collapsed: ReadonlySet<string>, filtering: boolean): VisibleRow[] {
  const rows: VisibleRow[] = [];
  const walk = (folder: FolderItem, level: number) => {
    for (const child of folder.children) {
      rows.push({ item: child, level });
      if (child.kind === 'folder' && (filtering || !collapsed.has(child.path))) walk(child, level + 1);
    }
  };
  walk(root, 1);
  return rows;
}
