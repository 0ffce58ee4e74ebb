import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Diagnostic } from '../../../shared/format/diagnostic';
import { serializeFlow } from '../../../shared/format/flow-file';
import type { Flow } from '../../../shared/format/flow-schema';
import { diagnostic } from '../../../shared/validation/messages';
import { addStep, connectSteps, deleteElements, moveSteps, pasteElements, renameStep, updateStepConfig } from './document-actions';
import { clock, useDocuments } from './documents-store';
import { errorCount, isDirty, serializeDocument, warningCount } from './open-document';
import { COALESCE_WINDOW_MS } from './edit-history';
import { createFlow } from '../../../shared/catalog/create-flow';

const store = () => useDocuments.getState();
const doc = (id: string) => store().docs[id]!;

function flowText(name = 'Welcome') {
  return serializeFlow(createFlow({ profile: 'conversations', name, id: '7b0f3c9e-5a61-4a43-9f0e-2d2f4b1c8a10', now: new Date('2025-01-01T00:00:00Z') }));
}

let now = 1_000_000;
beforeEach(() => {
  clock.now = () => now;
});
afterEach(() => {
  for (const id of [...store().order]) store().closeDocument(id);
});

describe('opening documents', () => {
  it('opens a flow file clean and editable, and activates it instead of opening it twice', () => {
    const id = store().openDocument({ path: 'sales/welcome.flow.json', text: flowText(), revision: 'r1' });
    expect(id).toBe('sales/welcome.flow.json');
    expect(doc(id).flow.name).toBe('Welcome');
    expect(doc(id).readOnlyReason).toBeNull();
    expect(isDirty(doc(id))).toBe(false);
    const other = store().openDocument({ path: 'other.flow.json', text: flowText('Other'), revision: 'r1' });
    expect(store().activeId).toBe(other);
    expect(store().openDocument({ path: id, text: flowText(), revision: 'r1' })).toBe(id);
    expect(store().order).toEqual([id, other]);
    expect(store().activeId).toBe(id);
  });

  it('is not dirty just because the file on disk is not in canonical form', () => {
    const compact = JSON.stringify(JSON.parse(flowText()));
    const id = store().openDocument({ path: 'a.flow.json', text: compact, revision: 'r1' });
    expect(isDirty(doc(id))).toBe(false);
  });

  it('opens a file of a newer format read-only with the reason, and refuses edits to it', () => {
    const newer = { ...JSON.parse(flowText()), version: 99 };
    const id = store().openDocument({ path: 'future.flow.json', text: JSON.stringify(newer), revision: 'r1' });
    expect(doc(id).readOnlyReason).toMatch(/version 99/);
    expect(doc(id).flow.nodes.map((node) => node.id)).toEqual(['trigger']);
    expect(addStep(id, 'sendMessage')).toBeUndefined();
    expect(doc(id).flow.nodes).toHaveLength(1);
    expect(isDirty(doc(id))).toBe(false);
  });

  it('shows the problems the host found reading the file without validating it again, and validates it itself from the first edit on', () => {
    const id = store().openDocument({ path: 'a.flow.json', text: flowText(), revision: 'r1' });
    const stepId = addStep(id, 'sendMessage')!; // its required message is blank: an error
    const text = serializeDocument(doc(id));
    const own = doc(id).diagnostics;
    store().closeDocument(id);

    const found = own.filter((d) => d.code === 'CONFIG_REQUIRED');
    const opened = store().openDocument({ path: 'a.flow.json', text, revision: 'r2', diagnostics: found });
    expect(doc(opened).diagnostics).toBe(found);
    renameStep(opened, stepId, 'Greeting');
    expect(doc(opened).diagnostics).toEqual(own);
  });

  it('opens a file that is not JSON read-only instead of failing', () => {
    const id = store().openDocument({ path: 'broken.flow.json', text: '{"format": ', revision: 'r1' });
    expect(doc(id).readOnlyReason).toMatch(/not valid JSON/);
  });

  it('starts a new flow as unsaved and dirty', () => {
    const id = store().newDocument({ path: 'new.flow.json', flow: createFlow({ profile: 'pipeline', name: 'New' }) });
    expect(doc(id).revision).toBeNull();
    expect(isDirty(doc(id))).toBe(true);
  });

  it('closing the active tab activates its neighbour', () => {
    const a = store().openDocument({ path: 'a.flow.json', text: flowText('A'), revision: 'r' });
    const b = store().openDocument({ path: 'b.flow.json', text: flowText('B'), revision: 'r' });
    store().activate(a);
    store().closeDocument(a);
    expect(store().activeId).toBe(b);
    expect(store().docs[a]).toBeUndefined();
  });
});

describe('editing with undo and redo', () => {
  it('undoes and redoes an added step, and is clean again after undoing everything', () => {
    const id = store().openDocument({ path: 'a.flow.json', text: flowText(), revision: 'r1' });
    const nodeId = addStep(id, 'sendMessage', { position: { x: 300, y: 0 } })!;
    expect(doc(id).flow.nodes.map((node) => node.id)).toEqual(['trigger', nodeId]);
    expect(doc(id).selection.nodes).toEqual([nodeId]);
    expect(isDirty(doc(id))).toBe(true);
    expect(doc(id).canUndo).toBe(true);

    store().undo(id);
    expect(doc(id).flow.nodes).toHaveLength(1);
    expect(doc(id).selection.nodes).toEqual([]);
    expect(isDirty(doc(id))).toBe(false);
    expect(doc(id).canRedo).toBe(true);

    store().redo(id);
    expect(doc(id).flow.nodes.map((node) => node.id)).toEqual(['trigger', nodeId]);
    expect(doc(id).canRedo).toBe(false);
  });

  it('adds a step after the selected one, connected from its first free port', () => {
    const id = store().openDocument({ path: 'a.flow.json', text: flowText(), revision: 'r1' });
    store().setSelection(id, { nodes: ['trigger'], edges: [] });
    const ask = addStep(id, 'askQuestion')!;
    const trigger = doc(id).flow.nodes[0]!;
    const added = doc(id).flow.nodes.find((node) => node.id === ask)!;
    expect(added.position.x).toBeGreaterThan(trigger.position.x);
    expect(doc(id).flow.edges).toEqual([expect.objectContaining({ source: 'trigger', target: ask })]);
    const reply = addStep(id, 'sendMessage')!;
    expect(doc(id).flow.edges.at(-1)).toMatchObject({ source: ask, sourcePort: 'answered', target: reply });
  });

  it('puts a step added after one whose outputs are all taken between it and its successor, in one undo step', () => {
    const id = store().openDocument({ path: 'a.flow.json', text: flowText(), revision: 'r1' });
    store().setSelection(id, { nodes: ['trigger'], edges: [] });
    const first = addStep(id, 'sendMessage')!;
    const last = addStep(id, 'sendMessage')!;
    store().setSelection(id, { nodes: [first], edges: [] });
    const heard: string[] = [];
    const inserted = addStep(id, 'wait', { onLinked: (link) => heard.push(link.kind) })!;
    // The chain still reaches the old successor, now through the new step: nothing is cut off or left "never runs".
    expect(doc(id).flow.edges.map(({ source, target }) => [source, target])).toEqual([
      ['trigger', first],
      [first, inserted],
      [inserted, last],
    ]);
    expect(heard).toEqual(['insert']);
    store().undo(id);
    expect(doc(id).flow.edges.map(({ source, target }) => [source, target])).toEqual([
      ['trigger', first],
      [first, last],
    ]);
  });

  it('never inserts a step without outputs (a jump) where it would cut off the rest, and says so', () => {
    const id = store().openDocument({ path: 'a.flow.json', text: flowText(), revision: 'r1' });
    store().setSelection(id, { nodes: ['trigger'], edges: [] });
    const first = addStep(id, 'sendMessage')!;
    const last = addStep(id, 'sendMessage')!;
    store().setSelection(id, { nodes: [first], edges: [] });
    const heard: unknown[] = [];
    const jump = addStep(id, 'jumpTo', { onLinked: (link) => heard.push(link) })!;
    expect(doc(id).flow.edges.map(({ source, target }) => [source, target])).toEqual([
      ['trigger', first],
      [first, last],
    ]);
    expect(doc(id).flow.nodes.map((node) => node.id)).toContain(jump);
    expect(heard).toEqual([{ kind: 'unconnected', reason: 'newHasNoOutputs' }]);
  });

  it('makes a burst of typing one undo step, and a pause starts a new one', () => {
    const id = store().openDocument({ path: 'a.flow.json', text: flowText(), revision: 'r1' });
    for (const name of ['S', 'St', 'Sta', 'Start']) {
      now += 100;
      renameStep(id, 'trigger', name);
    }
    now += COALESCE_WINDOW_MS + 1;
    renameStep(id, 'trigger', 'Start here');
    store().undo(id);
    expect(doc(id).flow.nodes[0]!.name).toBe('Start');
    store().undo(id);
    expect(doc(id).flow.nodes[0]!.name).toBe('Manual trigger');
    expect(doc(id).canUndo).toBe(false);
  });

  it('does not join typing in two different fields, or after the gesture was sealed', () => {
    const id = store().openDocument({ path: 'a.flow.json', text: flowText(), revision: 'r1' });
    const nodeId = addStep(id, 'sendMessage', { position: { x: 300, y: 0 } })!;
    now += 5000;
    updateStepConfig(id, nodeId, { text: 'Hi' }, 'text');
    now += 100;
    renameStep(id, nodeId, 'Greet');
    now += 100;
    store().sealHistory(id);
    renameStep(id, nodeId, 'Greeting');
    store().undo(id);
    expect(doc(id).flow.nodes[1]).toMatchObject({ name: 'Greet', config: { text: 'Hi' } });
    store().undo(id);
    expect(doc(id).flow.nodes[1]!.config).toEqual({ text: 'Hi' });
    store().undo(id);
    expect(doc(id).flow.nodes[1]!.config).toEqual({ text: '' });
  });

  it('snaps moved steps to the 20 px grid and makes a run of nudges one step', () => {
    const id = store().openDocument({ path: 'a.flow.json', text: flowText(), revision: 'r1' });
    moveSteps(id, new Map([['trigger', { x: 33, y: 9 }]]), 'nudge');
    now += 200;
    moveSteps(id, new Map([['trigger', { x: 61, y: 9 }]]), 'nudge');
    expect(doc(id).flow.nodes[0]!.position).toEqual({ x: 60, y: 0 });
    store().undo(id);
    expect(doc(id).flow.nodes[0]!.position).toEqual({ x: 0, y: 0 });
  });

  it('deleting a step deletes its edges, and undo brings both back', () => {
    const id = store().openDocument({ path: 'a.flow.json', text: flowText(), revision: 'r1' });
    const nodeId = addStep(id, 'sendMessage', { position: { x: 300, y: 0 } })!;
    connectSteps(id, { source: 'trigger', sourcePort: 'next', target: nodeId });
    expect(doc(id).flow.edges).toHaveLength(1);
    deleteElements(id, [nodeId], []);
    expect(doc(id).flow.edges).toHaveLength(0);
    store().undo(id);
    expect(doc(id).flow.edges).toHaveLength(1);
    expect(doc(id).flow.nodes).toHaveLength(2);
  });

  it('keeps unchanged nodes identical across an edit (what incremental validation relies on)', () => {
    const id = store().openDocument({ path: 'a.flow.json', text: flowText(), revision: 'r1' });
    addStep(id, 'sendMessage', { position: { x: 300, y: 0 } });
    const trigger = doc(id).flow.nodes[0];
    renameStep(id, doc(id).flow.nodes[1]!.id, 'Hello');
    expect(doc(id).flow.nodes[0]).toBe(trigger);
  });
});

describe('problems', () => {
  it('re-validates on every change: a blank message is an error until it is written', () => {
    const id = store().openDocument({ path: 'a.flow.json', text: flowText(), revision: 'r1' });
    expect(errorCount(doc(id))).toBe(0);
    const nodeId = addStep(id, 'sendMessage', { position: { x: 300, y: 0 } })!;
    const required = doc(id).diagnostics.filter((d) => d.code === 'CONFIG_REQUIRED');
    expect(required).toEqual([expect.objectContaining({ nodeId, severity: 'error' })]);
    expect(doc(id).diagnostics.some((d) => d.code === 'NODE_UNREACHABLE' && d.nodeId === nodeId)).toBe(true);
    updateStepConfig(id, nodeId, { text: 'Hello {{contact.name}}' }, 'text');
    connectSteps(id, { source: 'trigger', sourcePort: 'next', target: nodeId });
    expect(errorCount(doc(id))).toBe(0);
    expect(warningCount(doc(id))).toBe(0);
    store().undo(id);
    expect(doc(id).diagnostics.some((d) => d.code === 'NODE_UNREACHABLE')).toBe(true);
  });
});

describe('problems a tenant finds', () => {
  // A check naming every step called "Ask" stands in for a tenant's catalog check: its findings follow the flow.
  const askNamed = (flow: Flow): Diagnostic[] =>
    flow.nodes.filter((node) => node.name === 'Ask').map((node) => diagnostic('error', 'REF_UNRESOLVED', { field: 'Queue', what: 'queue', uuid: 'u' }, { flowId: flow.id, nodeId: node.id }));

  it('join the validator’s after every edit, and leave with the check', () => {
    const id = store().openDocument({ path: 'a.flow.json', text: flowText(), revision: 'r1' });
    const nodeId = addStep(id, 'sendMessage', { position: { x: 300, y: 0 } })!;
    const own = doc(id).diagnostics.length;
    store().setTenantCheck(id, askNamed);
    expect(doc(id).diagnostics).toHaveLength(own);

    renameStep(id, nodeId, 'Ask');
    expect(doc(id).diagnostics.filter((d) => d.code === 'REF_UNRESOLVED')).toEqual([expect.objectContaining({ nodeId })]);
    expect(doc(id).diagnostics).toHaveLength(own + 1);
    store().undo(id);
    expect(doc(id).diagnostics.some((d) => d.code === 'REF_UNRESOLVED')).toBe(false);
    store().redo(id);

    store().setTenantCheck(id, undefined);
    expect(doc(id).diagnostics.some((d) => d.code === 'REF_UNRESOLVED')).toBe(false);
    expect(doc(id).diagnostics).toHaveLength(own);
  });

  it('follow a renamed file', () => {
    const id = store().openDocument({ path: 'a.flow.json', text: flowText(), revision: 'r1' });
    store().setTenantCheck(id, askNamed);
    const moved = store().renameDocument(id, 'b.flow.json');
    const nodeId = addStep(moved, 'sendMessage', { position: { x: 300, y: 0 } })!;
    renameStep(moved, nodeId, 'Ask');
    expect(doc(moved).diagnostics.filter((d) => d.code === 'REF_UNRESOLVED')).toHaveLength(1);
  });
});

describe('saving and files changed on disk', () => {
  it('is clean after saving what is current, and still dirty after saving an older text', () => {
    const id = store().openDocument({ path: 'a.flow.json', text: flowText(), revision: 'r1' });
    renameStep(id, 'trigger', 'Begin');
    const written = serializeDocument(doc(id));
    store().markSaved(id, { revision: 'r2', text: written });
    expect(isDirty(doc(id))).toBe(false);
    expect(doc(id).revision).toBe('r2');

    renameStep(id, 'trigger', 'Begin here');
    const stale = serializeDocument(doc(id));
    renameStep(id, 'trigger', 'Begin here now');
    store().markSaved(id, { revision: 'r3', text: stale });
    expect(isDirty(doc(id))).toBe(true);
  });

  it('a saved document becomes dirty again when undone past the save', () => {
    const id = store().openDocument({ path: 'a.flow.json', text: flowText(), revision: 'r1' });
    renameStep(id, 'trigger', 'Begin');
    store().markSaved(id, { revision: 'r2', text: serializeDocument(doc(id)) });
    store().undo(id);
    expect(isDirty(doc(id))).toBe(true);
  });

  it('reloads content from disk as one undo step', () => {
    const id = store().openDocument({ path: 'a.flow.json', text: flowText(), revision: 'r1' });
    const onDisk = JSON.parse(flowText());
    onDisk.name = 'Changed elsewhere';
    const text = JSON.stringify(onDisk, null, 2);
    store().reloadDocument(id, { text, revision: 'r2' });
    expect(doc(id).flow.name).toBe('Changed elsewhere');
    expect(doc(id).revision).toBe('r2');
    expect(isDirty(doc(id))).toBe(false);
    store().undo(id);
    expect(doc(id).flow.name).toBe('Welcome');
    expect(isDirty(doc(id))).toBe(true);
  });

  it('follows a moved file: the document takes its new path as id and keeps its history', () => {
    const id = store().openDocument({ path: 'a.flow.json', text: flowText(), revision: 'r1' });
    renameStep(id, 'trigger', 'Begin');
    const moved = store().renameDocument(id, 'folder/a.flow.json');
    expect(moved).toBe('folder/a.flow.json');
    expect(store().docs[id]).toBeUndefined();
    expect(store().order).toEqual([moved]);
    expect(store().activeId).toBe(moved);
    store().undo(moved);
    expect(doc(moved).flow.nodes[0]!.name).toBe('Manual trigger');
  });
});

describe('focusing a problem', () => {
  it('selects the target and issues a new focus request each time', () => {
    const id = store().openDocument({ path: 'a.flow.json', text: flowText(), revision: 'r1' });
    store().focusTarget(id, { nodeId: 'trigger' });
    const first = doc(id).focusRequest!;
    store().focusTarget(id, { nodeId: 'trigger' });
    expect(doc(id).selection.nodes).toEqual(['trigger']);
    expect(doc(id).focusRequest!.seq).toBeGreaterThan(first.seq);
  });
});

describe('pasting', () => {
  it('gives pasted steps and edges fresh ids, so pasting into the same flow twice never clashes', () => {
    const id = store().openDocument({ path: 'a.flow.json', text: flowText(), revision: 'r1' });
    const nodeId = addStep(id, 'sendMessage', { position: { x: 300, y: 0 } })!;
    connectSteps(id, { source: 'trigger', sourcePort: 'next', target: nodeId });
    const copied = { nodes: doc(id).flow.nodes, edges: doc(id).flow.edges };
    pasteElements(id, copied);
    pasteElements(id, copied);
    const nodeIds = doc(id).flow.nodes.map((node) => node.id);
    const edgeIds = doc(id).flow.edges.map((edge) => edge.id);
    expect(new Set(nodeIds).size).toBe(6);
    expect(new Set(edgeIds).size).toBe(3);
    for (const edge of doc(id).flow.edges) {
      expect(nodeIds).toContain(edge.source);
      expect(nodeIds).toContain(edge.target);
    }
    const pastedEdge = doc(id).flow.edges[1]!;
    const pastedNodes = doc(id).flow.nodes.slice(2, 4).map((node) => node.id);
    expect(pastedNodes).toContain(pastedEdge.source);
    expect(pastedNodes).toContain(pastedEdge.target);
    expect(doc(id).selection.nodes).toEqual(doc(id).flow.nodes.slice(4).map((node) => node.id));
  });

  it('keeps only step types of the target profile when pasting between flows', () => {
    const source = store().openDocument({ path: 'a.flow.json', text: flowText(), revision: 'r1' });
    addStep(source, 'sendMessage', { position: { x: 300, y: 0 } });
    const target = store().newDocument({ path: 'p.flow.json', flow: createFlow({ profile: 'journeys', name: 'J' }) });
    const before = doc(target).flow.nodes.length;
    const result = pasteElements(target, { nodes: doc(source).flow.nodes, edges: [] });
    expect(result).toEqual({ added: 0, skipped: 2 });
    expect(doc(target).flow.nodes).toHaveLength(before);
    expect(doc(target).canUndo).toBe(false);
  });
});
