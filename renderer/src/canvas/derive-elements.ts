import type { NodeHandle } from '@xyflow/react';
import type { Diagnostic } from '../../../shared/format/diagnostic';
import type { Flow, FlowEdge, FlowNode } from '../../../shared/format/flow-schema';
import type { DocumentSelection } from '../documents/open-document';
import { estimateGeometry } from './node-geometry';
import { viewStep } from './step-ports';
import type { FlowXyEdge, ProblemStatus, StepXyNode } from './xy-elements';
import type { DiffMark } from '../documents/diff-marks';
import type { RunMark } from '../documents/run-marks';

/** Measured node sizes and positions of nodes being dragged: view state the canvas keeps, never the flow. */
export interface CanvasViewState {
  measured: ReadonlyMap<string, { width: number; height: number }>;
  dragging: ReadonlyMap<string, { x: number; y: number }>;
}

/** The worst problem of each node and edge, by id. */
export interface ProblemIndex {
  nodes: ReadonlyMap<string, ProblemStatus>;
  edges: ReadonlyMap<string, ProblemStatus>;
}

/** Indexes diagnostics by the node or edge they are about; errors win over warnings. */
export function indexProblems(diagnostics: readonly Diagnostic[]): ProblemIndex {
  const nodes = new Map<string, ProblemStatus>();
  const edges = new Map<string, ProblemStatus>();
  for (const d of diagnostics) {
    if (d.severity === 'info') continue;
    const map = d.nodeId !== undefined ? nodes : d.edgeId !== undefined ? edges : undefined;
    const id = d.nodeId ?? d.edgeId;
    if (!map || id === undefined) continue;
    if (map.get(id) !== 'error') map.set(id, d.severity);
  }
  return { nodes, edges };
}

/** The outline class of a problem status (canvas.css), or undefined for none. */
export function problemClass(status: ProblemStatus): string | undefined {
  return status === 'error' ? 'has-error' : status === 'warning' ? 'has-warning' : undefined;
}

/**
 * A step's classes: its problem outline, while a comparison is shown how it differs
 * (diff-marks.ts), and while a simulation is shown whether its run passed or waits there (run-marks.ts).
 */
function nodeClass(status: ProblemStatus, mark: DiffMark | undefined, run: RunMark | undefined): string | undefined {
  // Most steps have at most a problem class: hand back its one shared string rather than a new
  // joined copy per step, which a large flow would keep thousands of.
  if (!mark && !run) return problemClass(status);
  return [problemClass(status), mark && `diff-${mark}`, run && `run-${run}`].filter(Boolean).join(' ');
}

/** A connection's classes: its problem outline, whether the simulated run took it, or whether no saved test does. */
function edgeClass(status: ProblemStatus, taken: boolean, untested: boolean): string | undefined {
  if (!taken && !untested) return problemClass(status);
  return [problemClass(status), taken && 'run-taken', untested && 'run-untested'].filter(Boolean).join(' ');
}

/**
 * Builds the canvas nodes of a flow, reusing the previous object of every node whose
 * inputs did not change. xyflow skips unchanged node objects and memoised node components
 * skip rendering, so an edit of one step re-renders one node even in a 5,000-step flow.
 *
 * @remarks
 * The canvas objects are the only per-step memory kept here: each is compared with its
 * inputs directly, and carries only what differs from xyflow's defaults (selection when
 * selected, an outline class when faulty; dragging and connecting follow the canvas-wide
 * switches), because xyflow copies every property into its own node for every step.
 */
export function createNodeDeriver(): (
  flow: Flow,
  selection: DocumentSelection,
  problems: ProblemIndex,
  view: CanvasViewState,
  marks?: ReadonlyMap<string, DiffMark>,
  runMarks?: ReadonlyMap<string, RunMark>,
  wired?: ReadonlySet<string>,
) => StepXyNode[] {
  let last: StepXyNode[] = [];
  return (flow, selection, problems, view, marks, runMarks, wired) => {
    const selected = new Set(selection.nodes);
    const previous = previousById(last);
    const out = flow.nodes.map((node, index) => {
      const before = previous(node.id, index);
      const isSelected = selected.has(node.id);
      const className = nodeClass(problems.nodes.get(node.id) ?? null, marks?.get(node.id), runMarks?.get(node.id));
      const size = view.measured.get(node.id);
      const position = view.dragging.get(node.id) ?? node.position;
      const handled = wired?.has(node.id) ?? true;
      if (
        before &&
        before.data === node &&
        (before.selected ?? false) === isSelected &&
        before.className === className &&
        // An estimated node stays while the step is not measured; a measured one while its size holds.
        (size
          ? before.handles === undefined && before.measured?.width === size.width && before.measured?.height === size.height
          : before.handles !== undefined && (before.handles !== NO_HANDLES) === handled) &&
        before.position.x === position.x &&
        before.position.y === position.y
      ) {
        return before;
      }
      // The flow's own position object: xyflow reads positions and never writes into them.
      const result: StepXyNode = size ? { id: node.id, type: 'step', position, data: node, measured: size } : estimatedNode(flow, node, position, handled);
      if (isSelected) result.selected = true;
      if (className) result.className = className;
      return result;
    });
    // An unchanged list keeps its identity too, so xyflow has nothing to reconcile.
    if (out.length !== last.length || out.some((node, index) => node !== last[index])) last = out;
    return last;
  };
}

/**
 * The handles of a step not drawn whose connections the canvas does not hand to xyflow: an empty
 * list still tells xyflow the step need not be drawn to be measured (it draws a step whose handles
 * it does not know, wherever it is), while xyflow keeps a copy of every handle it is given for
 * every step. Only steps with a connection near the view need theirs (see edge-window.ts), to
 * draw that connection; in a flow of thousands of steps, most steps are far from the view.
 */
export const NO_HANDLES: NodeHandle[] = [];

/**
 * A node not drawn yet, with its estimated size and handles (see node-geometry.ts). The
 * estimate is also given as its `measured` size: xyflow's fit view counts only measured
 * nodes, and waits for every node to be measured before it fits at all, so with only
 * visible steps drawn a large flow could never be fitted. Drawing measures the node and
 * the real size replaces the estimate. One literal with every property, not spread parts:
 * V8 then sizes the object exactly.
 */
function estimatedNode(flow: Flow, node: FlowNode, position: { x: number; y: number }, handled: boolean): StepXyNode {
  const geometry = estimateGeometry(viewStep(flow.profile, node));
  return {
    id: node.id,
    type: 'step',
    position,
    data: node,
    initialWidth: geometry.width,
    initialHeight: geometry.height,
    measured: geometry.size,
    handles: handled ? geometry.handles : NO_HANDLES,
  };
}

/**
 * Builds the canvas edges of a flow's connections (those near the view, see edge-window.ts),
 * reusing unchanged edge objects (see {@link createNodeDeriver}).
 *
 * @remarks
 * Only the selected connections and `grabbable` (the one under the pointer, or being dragged
 * by an end) are reconnectable: xyflow draws two grab circles, each a component of its own,
 * on every reconnectable connection, which on a large flow took more memory than the
 * connections themselves. A person reaches an end by pointing at the connection
 * first, so the circles are there whenever they could be grabbed. `labelOf` names each
 * connection for screen readers (xyflow's default names the step ids).
 */
export function createEdgeDeriver(): (
  edges: readonly FlowEdge[],
  selection: DocumentSelection,
  problems: ProblemIndex,
  grabbable?: string | null,
  labelOf?: (edge: FlowEdge) => string,
  taken?: ReadonlySet<string>,
  untested?: ReadonlySet<string>,
) => FlowXyEdge[] {
  let last: FlowXyEdge[] = [];
  return (edges, selection, problems, grabbable = null, labelOf, taken, untested) => {
    const selected = new Set(selection.edges);
    const previous = previousById(last);
    const out = edges.map((edge, index) => {
      const before = previous(edge.id, index);
      const isSelected = selected.has(edge.id);
      const reconnectable = isSelected || edge.id === grabbable;
      const className = edgeClass(problems.edges.get(edge.id) ?? null, taken?.has(edge.id) ?? false, untested?.has(edge.id) ?? false);
      const ariaLabel = labelOf?.(edge);
      if (
        before &&
        sameEnds(before, edge) &&
        before.ariaLabel === ariaLabel &&
        (before.selected ?? false) === isSelected &&
        (before.reconnectable ?? false) === reconnectable &&
        before.className === className
      ) {
        return before;
      }
      const result: FlowXyEdge = { id: edge.id, source: edge.source, sourceHandle: edge.sourcePort, target: edge.target };
      if (isSelected) result.selected = true;
      if (reconnectable) result.reconnectable = true;
      if (className) result.className = className;
      if (ariaLabel !== undefined) result.ariaLabel = ariaLabel;
      return result;
    });
    if (out.length !== last.length || out.some((edge, index) => edge !== last[index])) last = out;
    return last;
  };
}

function sameEnds(xy: FlowXyEdge, edge: FlowEdge): boolean {
  return xy.source === edge.source && xy.sourceHandle === edge.sourcePort && xy.target === edge.target;
}

/**
 * The canvas elements of the flow followed by the ghosts of a shown comparison (ghost-elements.ts),
 * after them so they never change the index of a step or connection (see {@link previousById});
 * the flow's own list itself while there are none.
 */
export function withGhosts<T>(elements: T[], ghosts: readonly T[]): T[] {
  return ghosts.length === 0 ? elements : [...elements, ...ghosts];
}

/**
 * Finds an element of the previous list by id. Lists keep their order between edits (new
 * elements are appended), so the element at the same index is tried first; an index of
 * all ids is built only when that misses, and dropped with the derivation.
 */
export function previousById<T extends { id: string }>(last: readonly T[]): (id: string, index: number) => T | undefined {
  let byId: Map<string, T> | undefined;
  return (id, index) => {
    const same = last[index];
    if (same?.id === id) return same;
    byId ??= new Map(last.map((element) => [element.id, element]));
    return byId.get(id);
  };
}
