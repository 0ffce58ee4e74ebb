import { describe, expect, it } from 'vitest';
import type { FlowSummary, WorkspaceEntry } from '../../../shared/host/contract';
import { filterTree, flowMatches, visibleRows } from './library-filter';
import { buildLibraryTree, priorityOrder, reorderPriority } from './library-tree';
import type { FlowItem, FolderItem, LibraryItem } from './library-tree';

/** Every flow of the tree, depth first in display order. */
function flowsInOrder(folder: FolderItem): FlowItem[] {
  const flows: FlowItem[] = [];
  const walk = (item: LibraryItem) => {
    if (item.kind === 'flow') flows.push(item);
    else item.children.forEach(walk);
  };
  walk(folder);
  return flows;
}

function flow(path: string, summary: Partial<FlowSummary> & { id: string; name: string }): WorkspaceEntry {
  return {
    kind: 'flow',
    path,
    summary: { description: '', profile: 'conversations', kind: 'standard', errors: 0, warnings: 0, editable: true, ...summary },
  };
}

const entries: WorkspaceEntry[] = [
  { kind: 'folder', path: 'sales' },
  { kind: 'folder', path: 'sales/empty' },
  flow('sales/b.flow.json', { id: 'b', name: 'Bravo', description: 'Promoção de verão', errors: 2 }),
  flow('sales/a.flow.json', { id: 'a', name: 'Alpha' }),
  flow('z.flow.json', { id: 'z', name: 'Zulu', profile: 'pipeline', warnings: 1 }),
  flow('y.flow.json', { id: 'y', name: 'Yankee' }),
];

const names = (items: { summary: FlowSummary }[]) => items.map((item) => item.summary.name);

describe('library tree', () => {
  it('lists folders first and flows in the workspace priority order, unlisted flows after by name', () => {
    const tree = buildLibraryTree(entries, ['z', 'b']);
    expect(tree.children.map((child) => child.path)).toEqual(['sales', 'z.flow.json', 'y.flow.json']);
    expect(names(flowsInOrder(tree))).toEqual(['Bravo', 'Alpha', 'Zulu', 'Yankee']);
  });

  it('creates folders that only appear as the parent of a file', () => {
    const tree = buildLibraryTree([flow('deep/er/x.flow.json', { id: 'x', name: 'X' })], []);
    const deep = tree.children[0];
    expect(deep?.kind === 'folder' && deep.children[0]?.path).toBe('deep/er');
  });

  it('moves a dragged flow to the place of the flow it is dropped on', () => {
    const order = priorityOrder(entries, ['z', 'b']);
    expect(order).toEqual(['z', 'b', 'a', 'y']);
    expect(reorderPriority(order, 'y', 'b')).toEqual(['z', 'y', 'b', 'a']);
    expect(reorderPriority(order, 'z', null)).toEqual(['b', 'a', 'y', 'z']);
  });
});

describe('library search and filters', () => {
  const tree = buildLibraryTree(entries, []);
  const filtered = (query: string, profile = '', hasProblems = false, matches?: ReadonlySet<string>) =>
    names(flowsInOrder(filterTree(tree, { query, profile, hasProblems }, undefined, matches)));

  it('shows the flows the host found for the query (it searches step text too)', () => {
    expect(filtered('ORDER number', '', false, new Set(['sales/a.flow.json']))).toEqual(['Alpha']);
    expect(filtered('order zulu', '', false, new Set())).toEqual([]);
  });

  it('applies the profile and problem filters to what the host found', () => {
    expect(filtered('order', 'pipeline', false, new Set(['sales/a.flow.json', 'z.flow.json']))).toEqual(['Zulu']);
    expect(filtered('order', '', true, new Set(['sales/a.flow.json', 'y.flow.json']))).toEqual([]);
  });

  it('until the host answers, finds flows by name and description, every word, ignoring case and accents', () => {
    expect(filtered('alpha')).toEqual(['Alpha']);
    expect(filtered('promocao VERAO')).toEqual(['Bravo']);
    expect(filtered('promocao zulu')).toEqual([]);
  });

  it('filters by profile and by having problems', () => {
    expect(filtered('', 'pipeline')).toEqual(['Zulu']);
    expect(filtered('', '', true)).toEqual(['Bravo', 'Zulu']);
  });

  it('judges problems by the live counts of an open document when given', () => {
    const summary = (entries[5] as Extract<WorkspaceEntry, { kind: 'flow' }>).summary;
    const live = () => ({ errors: 1, warnings: 0 });
    expect(flowMatches(summary, 'y.flow.json', { query: '', profile: '', hasProblems: true }, live)).toBe(true);
  });

  it('keeps the folders leading to matches and drops empty ones while filtering', () => {
    const result = filterTree(tree, { query: 'bravo', profile: '', hasProblems: false });
    expect(visibleRows(result, new Set(['sales']), true).map((row) => [row.item.path, row.level])).toEqual([
      ['sales', 1],
      ['sales/b.flow.json', 2],
    ]);
  });

  it('shows empty folders and hides the contents of collapsed folders when not filtering', () => {
    const rows = visibleRows(tree, new Set(['sales/empty']), false).map((row) => row.item.path);
    expect(rows).toEqual(['sales', 'sales/empty', 'sales/a.flow.json', 'sales/b.flow.json', 'y.flow.json', 'z.flow.json']);
  });
});
