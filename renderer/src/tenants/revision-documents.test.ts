import { beforeEach, describe, expect, it, vi } from 'vitest';
import { createFlow } from '../../../shared/catalog/create-flow';
import type { Flow } from '../../../shared/format/flow-schema';
import { isWorkspacePath } from '../../../shared/host/workspace-paths';
import { useDiffMarks } from '../documents/diff-marks';
import { saveDocument } from '../documents/document-files';
import { useDocuments } from '../documents/documents-store';
import { isDirty } from '../documents/open-document';
import { compareRevisions, openRevision, revisionDocumentPath } from './revision-documents';
import type { TenantActions } from './tenant-actions';

const hostCalls: string[] = [];
vi.mock('../host/host-client', () => ({
  hostClient: {
    call: vi.fn(async (name: string) => {
      hostCalls.push(name);
      return {};
    }),
    on: () => () => {},
  },
}));
vi.mock('../i18n/i18n', async (importOriginal) => ({
  ...(await importOriginal<Record<string, unknown>>()),
  translate: (key: string, options?: Record<string, unknown>) => `${key} ${JSON.stringify(options ?? {})}`,
}));

const CONNECTION = { id: '0c8f3c52-2b0e-4e0c-9a55-3b6f0d3a9e11', name: 'Training' };
const first = createFlow({ profile: 'conversations', name: 'Welcome' });
const trigger = first.nodes[0]!;
const second: Flow = {
  ...first,
  nodes: [...first.nodes, { id: 'wait-1', type: 'wait', name: 'Wait a day', position: { x: 0, y: 160 }, config: { duration: 86400 } }],
  edges: [{ id: 'to-wait', source: trigger.id, sourcePort: 'next', target: 'wait-1' }],
};
const third: Flow = { ...second, nodes: second.nodes.filter((node) => node.id !== trigger.id).map((node) => ({ ...node, name: 'Wait two days' })), edges: [] };
const stored: Record<number, Flow> = { 1: first, 2: second, 3: third };
const actions = {
  revision: async (_id: string, _flowId: string, revision: number) => ({
    revision: { revision, name: 'Welcome', createdAt: '2026-12-06T10:00:00Z', createdBy: null, createdByLabel: null, document: stored[revision]! },
  }),
} as unknown as Pick<TenantActions, 'revision'>;
const source = { connection: CONNECTION, flowId: first.id };

beforeEach(() => {
  hostCalls.length = 0;
  for (const id of Object.keys(useDocuments.getState().docs)) useDocuments.getState().closeDocument(id);
});

describe('a tenant revision opened on the canvas', () => {
  it('is named by a path no workspace file can have, so the host refuses any file call with it', () => {
    const path = revisionDocumentPath(source, 2);
    expect(isWorkspacePath(path)).toBe(false);
    expect(revisionDocumentPath(source, 3)).not.toBe(path);
  });

  it('opens read-only, saying which revision it is: no edit, nothing to save, and a save writes nothing anywhere', async () => {
    const docId = await openRevision(actions, source, 2);
    const doc = useDocuments.getState().docs[docId]!;
    expect(doc.flow).toEqual(second);
    expect(doc.readOnlyReason).toContain('"revision":2');
    expect(doc.readOnlyReason).toContain('"tenant":"Training"');
    expect(useDocuments.getState().activeId).toBe(docId);
    // Two revisions of one flow open side by side: the tabs tell them apart.
    expect(doc.tabName).toContain('"revision":2');
    expect(useDocuments.getState().edit(docId, 'rename', (draft) => void (draft.name = 'Mine now'))).toBe(false);
    expect(isDirty(useDocuments.getState().docs[docId]!)).toBe(false);
    expect(await saveDocument(docId)).toBe(false);
    expect(hostCalls).not.toContain('flow:write');
  });

  it('compares two revisions: the newer opens with the steps it added or changed marked and the older one’s removed steps named', async () => {
    const docId = await compareRevisions(actions, source, 1, 3);
    expect(useDocuments.getState().docs[docId]!.flow).toEqual(third);
    const shown = useDiffMarks.getState().byPath[docId]!;
    expect(shown.against).toContain('"revision":1');
    expect(shown.marks).toEqual({ 'wait-1': 'added' });
    expect(JSON.stringify(shown.removed)).toContain(trigger.name);
  });
});
