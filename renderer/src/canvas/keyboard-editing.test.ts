import { describe, expect, it } from 'vitest';
import { createFlow } from '../../../shared/catalog/create-flow';
import type { Flow, FlowNode } from '../../../shared/format/flow-schema';
import { translatorFor } from '../i18n/resources';
import { canvasAriaLabels, connectionLabel, connectionLabeller } from './aria-labels';
import { connectChoices } from './connect-choices';
import { createEdgeDeriver } from './derive-elements';
import { adjacentStep } from './step-order';
import { connectSubject, deletionFor } from './use-canvas-keys';

const question = { question: '', answerType: 'text', options: [], invalidAnswerMessage: '', variable: '', timeout: 3600 };
const ask = (id: string, name: string, x: number, y: number): FlowNode => ({ id, type: 'askQuestion', name, position: { x, y }, config: question });

/** A trigger at the left, two questions in one column and one further right; the trigger goes to the first. */
function flow(): Flow {
  const base = createFlow({ profile: 'conversations', name: 'Keys' });
  return {
    ...base,
    nodes: [...base.nodes, ask('far', 'Far', 900, 0), ask('low', 'Low', 300, 200), ask('high', 'High', 300, 0)],
    edges: [{ id: 'e1', source: 'trigger', sourcePort: 'next', target: 'high' }],
  };
}

const translator = translatorFor;

describe('moving through steps by keyboard', () => {
  it('Tab goes through every step in reading order, by column then top to bottom, whether drawn or not', () => {
    const nodes = flow().nodes;
    const order = ['trigger'];
    for (let next = adjacentStep(nodes, 'trigger', 1); next !== undefined; next = adjacentStep(nodes, next, 1)) order.push(next);
    expect(order).toEqual(['trigger', 'high', 'low', 'far']);
    expect(adjacentStep(nodes, 'low', -1)).toBe('high');
    // Past either end focus leaves the steps the browser's way.
    expect(adjacentStep(nodes, 'far', 1)).toBeUndefined();
    expect(adjacentStep(nodes, 'trigger', -1)).toBeUndefined();
  });
});

describe('connecting by keyboard', () => {
  it('C acts on the focused step or connection, else on the one selected element', () => {
    const none = { nodes: [], edges: [] };
    expect(connectSubject({ nodeId: 'a' }, { nodes: ['b'], edges: [] })).toEqual({ nodeId: 'a' });
    expect(connectSubject({ edgeId: 'e1' }, none)).toEqual({ edgeId: 'e1' });
    expect(connectSubject({}, { nodes: ['b'], edges: [] })).toEqual({ nodeId: 'b' });
    expect(connectSubject({}, { nodes: [], edges: ['e1'] })).toEqual({ edgeId: 'e1' });
    expect(connectSubject({}, { nodes: ['a', 'b'], edges: [] })).toBeUndefined();
    expect(connectSubject({}, none)).toBeUndefined();
  });

  it('Delete removes the focused step or connection when it is not selected, else the selection', () => {
    const selection = { nodes: ['b'], edges: ['e9'] };
    expect(deletionFor({ nodeId: 'a' }, selection)).toEqual({ nodes: ['a'], edges: [] });
    expect(deletionFor({ edgeId: 'e1' }, selection)).toEqual({ nodes: [], edges: ['e1'] });
    expect(deletionFor({ nodeId: 'b' }, selection)).toBe(selection);
    expect(deletionFor({}, selection)).toBe(selection);
  });

  it('offers a step’s free outputs and every other step with an input, preselecting one not connected yet', () => {
    const current = flow();
    const fromTrigger = connectChoices(current, { nodeId: 'trigger' });
    // The trigger's only output is taken.
    expect(fromTrigger?.ports).toEqual([]);
    const fromHigh = connectChoices(current, { nodeId: 'high' })!;
    expect(fromHigh.ports.map((port) => port.id)).toEqual(['answered', 'failure', 'timeout']);
    // No trigger (it has no input) and not the step itself; in reading order.
    expect(fromHigh.targets.map((node) => node.id)).toEqual(['low', 'far']);
    expect(fromHigh).toMatchObject({ port: 'answered', target: 'low' });
    const withEdge = { ...current, edges: [...current.edges, { id: 'e2', source: 'high', sourcePort: 'answered', target: 'low' }] };
    expect(connectChoices(withEdge, { nodeId: 'high' })).toMatchObject({ port: 'failure', target: 'far' });
  });

  it('moves a connection: keeps its own output on offer with the free ones, and starts from its target', () => {
    const current = { ...flow(), edges: [{ id: 'e1', source: 'high', sourcePort: 'failure', target: 'low' }, { id: 'e2', source: 'high', sourcePort: 'answered', target: 'far' }] };
    const choices = connectChoices(current, { edgeId: 'e1' })!;
    expect(choices.source.id).toBe('high');
    expect(choices.ports.map((port) => port.id)).toEqual(['failure', 'timeout']);
    expect(choices).toMatchObject({ port: 'failure', target: 'low' });
    expect(connectChoices(current, { edgeId: 'gone' })).toBeUndefined();
  });
});

describe('screen-reader texts of the canvas in the UI’s language', () => {
  it('describes steps and connections and names the panels in Portuguese and Spanish, never in xyflow’s English', async () => {
    const text = (value: unknown) => (typeof value === 'function' ? (value as (p: object) => string)({ direction: 'left', x: 10, y: 20 }) : String(value));
    const en = canvasAriaLabels(await translator('en'), false);
    // xyflow's own English: "Press enter or space to select a node…".
    expect(text(en['node.a11yDescription.keyboardDisabled'])).not.toContain('select a node');
    for (const language of ['pt-BR', 'es']) {
      const labels = canvasAriaLabels(await translator(language), false);
      for (const [key, value] of Object.entries(labels)) {
        expect(text(value), `${language} ${key}`).not.toBe(text(en[key as keyof typeof en]));
        expect(text(value), `${language} ${key}`).not.toMatch(/canvas\./);
      }
    }
    const pt = canvasAriaLabels(await translator('pt-BR'), false);
    expect(pt['node.a11yDescription.keyboardDisabled']).toContain('Pressione C');
    expect(pt['node.a11yDescription.ariaLiveMessage']!({ direction: 'left', x: 10, y: 20 })).toBe('Passo movido para a esquerda. Nova posição: x 10, y 20.');
  });

  it('names a connection by its steps and output instead of their ids, and renames it with the step', async () => {
    const t = await translator('pt-BR');
    const current = flow();
    const byId = (id: string) => current.nodes.find((node) => node.id === id);
    const label = (edge: Flow['edges'][number]) => connectionLabel(t, 'pt-BR', current.profile, edge, byId);
    expect(label(current.edges[0]!)).toBe('Conexão de “Manual trigger” (Próximo) para “High”');
    const derive = createEdgeDeriver();
    const none = { nodes: [], edges: [] };
    const problems = { nodes: new Map(), edges: new Map() };
    const first = derive(current.edges, none, problems, null, label);
    expect(first[0]?.ariaLabel).toBe(label(current.edges[0]!));
    expect(derive(current.edges, none, problems, null, label)).toBe(first);
    const renamed = (edge: Flow['edges'][number]) => label(edge).replace('High', 'Alta');
    expect(derive(current.edges, none, problems, null, renamed)[0]?.ariaLabel).toBe('Conexão de “Manual trigger” (Próximo) para “Alta”');
  });

  it('names the connections near the view by their steps, once per flow version, and anew after a rename', async () => {
    const t = await translator('en');
    const current = flow();
    const made = new WeakMap<Flow['edges'][number], string>();
    const edge = current.edges[0]!;
    expect(connectionLabeller(t, 'en', current, current.edges, made)(edge)).toBe('Connection from “Manual trigger” (Next) to “High”');
    // Panning hands the same connection over again: its name is the one already made.
    expect(connectionLabeller(t, 'en', current, current.edges, made)(edge)).toBe('Connection from “Manual trigger” (Next) to “High”');
    // A renamed step is a new flow version, so a new store of names.
    const renamed = { ...current, nodes: current.nodes.map((node) => (node.id === 'high' ? { ...node, name: 'Alta' } : node)) };
    expect(connectionLabeller(t, 'en', renamed, renamed.edges)(edge)).toBe('Connection from “Manual trigger” (Next) to “Alta”');
    // A connection whose step is gone is named by the step's id.
    const dangling = { id: 'e2', source: 'trigger', sourcePort: 'next', target: 'gone' };
    expect(connectionLabeller(t, 'en', current, [dangling])(dangling)).toBe('Connection from “Manual trigger” (Next) to “gone”');
  });
});
