import type { FlowSummary, WorkspaceEntry } from '../../../shared/host/contract';

/** A flow file in the library tree. */
export interface FlowItem {
  kind: 'flow';
  path: string;
  summary: FlowSummary;
}

/** A folder in the library tree; the root folder has path ''. */
export interface FolderItem {
  kind: 'folder';
  path: string;
  name: string;
  children: LibraryItem[];
}

export type LibraryItem = FlowItem | FolderItem;

/** The last segment of a workspace path: `sales/welcome.flow.json` -> `welcome.flow.json`. */
export function baseName(path: string): string {
  return path.slice(path.lastIndexOf('/') + 1);
}

/** The folder holding a path; '' for the root. */
export function parentPath(path: string): string {
  const slash = path.lastIndexOf('/');
  return slash < 0 ? '' : path.slice(0, slash);
}

/** `folder` joined with `name`, without a leading slash at the root. */
export function joinPath(folder: string, name: string): string {
  return folder === '' ? name : `${folder}/${name}`;
}

/** True when `path` is `folder` itself or lies inside it. */
export function isInside(path: string, folder: string): boolean {
  return folder === '' || path === folder || path.startsWith(`${folder}/`);
}

const byName = new Intl.Collator(undefined, { sensitivity: 'base', numeric: true });

/**
 * Builds the folder tree of a workspace snapshot. Folders come first, by name; flows follow
 * in the workspace's priority order (highest first), then the unlisted ones by name, as
 * flowpack.workspace.json specifies.
 */
export function buildLibraryTree(entries: readonly WorkspaceEntry[], priority: readonly string[]): FolderItem {
  const root: FolderItem = { kind: 'folder', path: '', name: '', children: [] };
  const folders = new Map<string, FolderItem>([['', root]]);
  const folderAt = (path: string): FolderItem => {
    const known = folders.get(path);
    if (known) return known;
    // A folder entry may be missing (or arrive after its files): create the chain on demand.
    const folder: FolderItem = { kind: 'folder', path, name: baseName(path), children: [] };
    folders.set(path, folder);
    folderAt(parentPath(path)).children.push(folder);
    return folder;
  };
  for (const entry of entries) {
    if (entry.kind === 'folder') folderAt(entry.path);
    else folderAt(parentPath(entry.path)).children.push({ kind: 'flow', path: entry.path, summary: entry.summary });
  }
  const rank = new Map(priority.map((id, index) => [id, index]));
  sortFolder(root, rank);
  return root;
}

function sortFolder(folder: FolderItem, rank: ReadonlyMap<string, number>): void {
  folder.children.sort((a, b) => compareItems(a, b, rank));
  for (const child of folder.children) if (child.kind === 'folder') sortFolder(child, rank);
}

function compareItems(a: LibraryItem, b: LibraryItem, rank: ReadonlyMap<string, number>): number {
  if (a.kind !== b.kind) return a.kind === 'folder' ? -1 : 1;
  if (a.kind === 'folder' || b.kind === 'folder') return byName.compare(a.path, b.path);
  const ra = rank.get(a.summary.id) ?? Number.POSITIVE_INFINITY;
  const rb = rank.get(b.summary.id) ?? Number.POSITIVE_INFINITY;
  if (ra !== rb) return ra - rb;
  return byName.compare(a.summary.name, b.summary.name) || byName.compare(a.path, b.path);
}

/** Every folder path of the tree except the root, depth first. */
export function folderPaths(folder: FolderItem): string[] {
  const paths: string[] = [];
  const walk = (item: FolderItem) => {
    for (const child of item.children) {
      if (child.kind !== 'folder') continue;
      paths.push(child.path);
      walk(child);
    }
  };
  walk(folder);
  return paths;
}

/**
 * The priority list after dragging `movedId` onto `beforeId` (it takes that flow's place and
 * the rest shift down). Every flow is listed, so the result no longer depends on names.
 */
export function reorderPriority(orderedIds: readonly string[], movedId: string, beforeId: string | null): string[] {
  const rest = orderedIds.filter((id) => id !== movedId);
  const at = beforeId === null ? -1 : rest.indexOf(beforeId);
  if (at < 0) return [...rest, movedId];
  return [...rest.slice(0, at), movedId, ...rest.slice(at)];
}

/** All flow ids in priority order (the listed ones first, then the rest by name), across folders. */
export function priorityOrder(entries: readonly WorkspaceEntry[], priority: readonly string[]): string[] {
  const rank = new Map(priority.map((id, index) => [id, index]));
  const flows: FlowItem[] = [];
  for (const entry of entries) if (entry.kind === 'flow') flows.push({ kind: 'flow', path: entry.path, summary: entry.summary });
  flows.sort((a, b) => compareItems(a, b, rank));
  return [...new Set(flows.map((flow) => flow.summary.id))];
}
