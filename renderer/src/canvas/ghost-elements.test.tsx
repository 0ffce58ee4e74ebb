import { ReactFlowProvider } from '@xyflow/react';
import type { NodeProps } from '@xyflow/react';
import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { createFlow } from '../../../shared/catalog/create-flow';
import { elementIdSchema } from '../../../shared/format/flow-schema';
import type { Flow, FlowNode } from '../../../shared/format/flow-schema';
import { canvasDiff } from '../../../shared/sync/canvas-diff';
import { CompareContext } from './compare-context';
import type { CompareView } from './compare-context';
import { createNodeDeriver, indexProblems, withGhosts } from './derive-elements';
import { edgesInWindow } from './edge-window';
import { createGhostEdgeDeriver, createGhostNodeDeriver, isGhostId, stillRemoved, withoutGhostChanges } from './ghost-elements';
import { GhostNode, StepNode } from './StepNode';
import type { StepXyNode } from './xy-elements';

/** The tenant's version: a trigger, Greet, Pause and Goodbye in a line. */
function tenantVersion(): Flow {
  const flow = createFlow({ profile: 'conversations', name: 'Greeting' });
  flow.nodes.push(
    { id: 'greet', type: 'sendMessage', name: 'Greet', position: { x: 0, y: 150 }, config: { text: 'Hello!' } },
    { id: 'pause', type: 'wait', name: 'Pause', position: { x: 40, y: 300 }, config: { duration: 3600 } },
    { id: 'bye', type: 'sendMessage', name: 'Goodbye', position: { x: 0, y: 450 }, config: { text: 'Bye!' } },
  );
  flow.edges.push(
    { id: 'e1', source: flow.nodes[0]!.id, sourcePort: 'next', target: 'greet' },
    { id: 'e2', source: 'greet', sourcePort: 'next', target: 'pause' },
    { id: 'e3', source: 'pause', sourcePort: 'next', target: 'bye' },
  );
  return flow;
}

/** This copy: Pause removed, Greet wired to Goodbye, a Thanks step added. */
function workspaceVersion(): Flow {
  const flow = structuredClone(tenantVersion());
  flow.nodes = flow.nodes.filter((node) => node.id !== 'pause');
  flow.nodes.push({ id: 'thanks', type: 'sendMessage', name: 'Thanks', position: { x: 300, y: 450 }, config: { text: 'Thanks!' } });
  flow.edges = [flow.edges[0]!, { id: 'e2', source: 'greet', sourcePort: 'next', target: 'bye' }];
  return flow;
}

const none = { nodes: [], edges: [] };
const noView = { measured: new Map(), dragging: new Map() };
const everywhere = { x0: -10_000, y0: -10_000, x1: 10_000, y1: 10_000 };
const nothingHeld = { selectedEdges: new Set<string>(), heldNodes: new Set<string>(), dragging: new Map() };
const removedLabel = (step: FlowNode) => `Removed step “${step.name}”`;

describe('ghosts: the steps and connections only the other version of a comparison has', () => {
  it('are drawn where the other version has them, and can be neither selected, moved, connected, focused nor deleted', () => {
    const diff = canvasDiff(tenantVersion(), workspaceVersion());
    const [pause, ...others] = createGhostNodeDeriver()('conversations', diff.removed.steps, removedLabel, new Set(['pause']));
    expect(others).toEqual([]);
    expect(pause).toMatchObject({
      type: 'ghost',
      position: { x: 40, y: 300 },
      className: 'diff-removed',
      selectable: false,
      draggable: false,
      connectable: false,
      focusable: false,
      deletable: false,
      ariaRole: 'group',
      ariaLabel: 'Removed step “Pause”',
    });
    expect(pause!.data.id).toBe('pause');
    // Drawn only in view, like steps: an estimated size and the handles its removed connections need.
    expect(pause!.handles!.map((handle) => handle.id)).toEqual(['next', null]);
    expect(pause!.zIndex).toBeLessThan(0);
    // No step or connection can ever have a ghost's id.
    expect(isGhostId(pause!.id)).toBe(true);
    expect(elementIdSchema.safeParse(pause!.id).success).toBe(false);
  });

  it('join the canvas only while a comparison is shown: the flow’s steps are the same objects, the document untouched', () => {
    const shown = workspaceVersion();
    const snapshot = structuredClone(shown);
    const steps = createNodeDeriver()(shown, none, indexProblems([]), noView);
    expect(withGhosts(steps, [])).toBe(steps);
    const ghosts = createGhostNodeDeriver()(shown.profile, canvasDiff(tenantVersion(), shown).removed.steps, removedLabel, new Set());
    const compared = withGhosts(steps, ghosts);
    expect(compared.map((node) => [node.type, node.data.name])).toEqual([...shown.nodes.map((node) => ['step', node.name]), ['ghost', 'Pause']]);
    expect(compared.slice(0, steps.length)).toEqual(steps);
    expect(shown).toEqual(snapshot);
  });

  it('get their handles only while a removed connection of theirs is near the view, as steps do, and keep their objects otherwise', () => {
    const { removed } = canvasDiff(tenantVersion(), workspaceVersion());
    const derive = createGhostNodeDeriver();
    const far = derive('conversations', removed.steps, removedLabel, new Set());
    // Empty, not absent: xyflow would otherwise draw (to measure) every ghost wherever it is.
    expect(far[0]!.handles).toEqual([]);
    expect(derive('conversations', removed.steps, removedLabel, new Set())).toBe(far);
    const near = derive('conversations', removed.steps, removedLabel, new Set(['pause', 'greet']));
    expect(near[0]!.handles!.length).toBe(2);
    expect(derive('conversations', removed.steps, removedLabel, new Set(['pause']))[0]).toBe(near[0]);
  });

  it('give way to the step itself when the flow has it again (an undo brought it back)', () => {
    const shown = workspaceVersion();
    const { removed } = canvasDiff(tenantVersion(), shown);
    expect(stillRemoved(shown, removed.steps)).toBe(removed.steps);
    const undone = { ...shown, nodes: [...shown.nodes, removed.steps[0]!] };
    expect(stillRemoved(undone, removed.steps)).toEqual([]);
  });

  it('never move, select or size anything in the document: their changes stop at the canvas', () => {
    const changes = [
      { type: 'position' as const, id: 'ghost~pause', position: { x: 5, y: 5 }, dragging: false },
      { type: 'select' as const, id: 'ghost~pause', selected: true },
      { type: 'select' as const, id: 'greet', selected: true },
      { type: 'dimensions' as const, id: 'ghost~pause', dimensions: { width: 220, height: 90 } },
    ];
    expect(withoutGhostChanges(changes)).toEqual([{ type: 'select', id: 'greet', selected: true }]);
    const plain = changes.slice(2, 3);
    expect(withoutGhostChanges(plain)).toBe(plain);
  });

  it('draw the removed connections to the ghost and to the steps both versions keep, near the view only', () => {
    const shown = workspaceVersion();
    const { removed } = canvasDiff(tenantVersion(), shown);
    const removedIds = new Set(removed.steps.map((step) => step.id));
    const near = edgesInWindow({ nodes: [...shown.nodes, ...removed.steps], edges: removed.connections }, everywhere, nothingHeld);
    const derive = createGhostEdgeDeriver();
    const edges = derive(near, removedIds, (edge) => `Removed connection ${edge.id}`);
    expect(edges.map(({ id, source, target, className, selectable, focusable }) => ({ id, source, target, className, selectable, focusable }))).toEqual([
      { id: 'ghost~e2', source: 'greet', target: 'ghost~pause', className: 'diff-removed', selectable: false, focusable: false },
      { id: 'ghost~e3', source: 'ghost~pause', target: 'bye', className: 'diff-removed', selectable: false, focusable: false },
    ]);
    // The same objects while nothing changed, as for the flow's own connections.
    expect(derive(near, removedIds, (edge) => `Removed connection ${edge.id}`)[0]).toBe(edges[0]);
    // Far from the view, none (edge-window.ts): a compared large flow hands xyflow no more than it can draw.
    expect(edgesInWindow({ nodes: [...shown.nodes, ...removed.steps], edges: removed.connections }, { x0: 50_000, y0: 50_000, x1: 60_000, y1: 60_000 }, nothingHeld)).toEqual([]);
  });
});

const compare: CompareView = { marks: new Map([['thanks', 'added'], ['bye', 'changed']] as const), badges: { added: 'Added', changed: 'Changed', removed: 'Removed' } };
const drawn = (Component: typeof StepNode, node: FlowNode, view: CompareView | null) =>
  renderToStaticMarkup(
    <ReactFlowProvider>
      <CompareContext value={view}>
        <Component {...({ id: node.id, data: node } as unknown as NodeProps<StepXyNode>)} />
      </CompareContext>
    </ReactFlowProvider>,
  );

describe('steps a shown comparison marks say so in words, not only by the colour of their outline', () => {
  const step = (id: string) => [...workspaceVersion().nodes, ...tenantVersion().nodes].find((node) => node.id === id)!;

  it('badges added, changed and removed steps, and nothing once the comparison is hidden', () => {
    expect(drawn(StepNode, step('thanks'), compare)).toContain('fp-node__badge--added">Added<');
    expect(drawn(StepNode, step('bye'), compare)).toContain('fp-node__badge--changed">Changed<');
    expect(drawn(StepNode, step('greet'), compare)).not.toContain('fp-node__badge');
    expect(drawn(GhostNode, step('pause'), compare)).toContain('fp-node__badge--removed">Removed<');
    expect(drawn(StepNode, step('thanks'), null)).not.toContain('fp-node__badge');
  });
});
