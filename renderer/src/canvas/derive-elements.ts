import type { Diagnostic } from '../../../shared/format/diagnostic';
import type { Flow, FlowEdge, FlowNode } from '../../../shared/format/flow-schema';
import type { DocumentSelection } from '../documents/open-document';
import { estimateGeometry } from './node-geometry';
import { viewStep } from './step-ports';
import type { FlowXyEdge, ProblemStatus, StepXyNode } from './xy-elements';

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

interface NodeInputs {
  node: FlowNode;
  selected: boolean;
  status: ProblemStatus;
  width: number | undefined;
  height: number | undefined;
  x: number;
  y: number;
  draggable: boolean;
}

/**
 * Builds the canvas nodes of a flow, reusing the previous object of every node whose
 * inputs did not change. xyflow skips unchanged node objects and memoised node components
 * skip rendering, so an edit of one step re-renders one node even in a 5,000-step flow.
 */
export function createNodeDeriver(): (flow: Flow, selection: DocumentSelection, problems: ProblemIndex, view: CanvasViewState, readOnly: boolean) => StepXyNode[] {
  let cache = new Map<string, { inputs: NodeInputs; result: StepXyNode }>();
  let last: StepXyNode[] = [];
  return (flow, selection, problems, view, readOnly) => {
    const selected = new Set(selection.nodes);
    const next = new Map<string, { inputs: NodeInputs; result: StepXyNode }>();
    const out = flow.nodes.map((node) => {
      const size = view.measured.get(node.id);
      const position = view.dragging.get(node.id) ?? node.position;
      const inputs: NodeInputs = {
        node,
        selected: selected.has(node.id),
        status: problems.nodes.get(node.id) ?? null,
        width: size?.width,
        height: size?.height,
        x: position.x,
        y: position.y,
        draggable: !readOnly,
      };
      const previous = cache.get(node.id);
      let result: StepXyNode;
      if (previous && sameInputs(previous.inputs, inputs)) {
        result = previous.result;
      } else {
        const dataSame = previous && previous.inputs.node === node && previous.inputs.status === inputs.status;
        result = {
          id: node.id,
          type: 'step',
          position: { x: inputs.x, y: inputs.y },
          // Same data object when only position or selection changed, so the node body need not re-render.
          data: dataSame ? previous.result.data : { node, profile: flow.profile, status: inputs.status },
          selected: inputs.selected,
          draggable: inputs.draggable,
          connectable: !readOnly,
          ...(size ? { measured: size } : estimated(flow, node)),
          ...(inputs.status ? { className: inputs.status === 'error' ? 'has-error' : 'has-warning' } : {}),
        };
      }
      next.set(node.id, { inputs, result });
      return result;
    });
    cache = next;
    // An unchanged list keeps its identity too, so xyflow has nothing to reconcile.
    if (out.length !== last.length || out.some((node, index) => node !== last[index])) last = out;
    return last;
  };
}

/** Size and handles of a node not drawn yet (see node-geometry.ts). */
function estimated(flow: Flow, node: FlowNode): Pick<StepXyNode, 'initialWidth' | 'initialHeight' | 'handles'> {
  const geometry = estimateGeometry(viewStep(flow.profile, node));
  return { initialWidth: geometry.width, initialHeight: geometry.height, handles: geometry.handles };
}

function sameInputs(a: NodeInputs, b: NodeInputs): boolean {
  return (
    a.node === b.node &&
    a.selected === b.selected &&
    a.status === b.status &&
    a.width === b.width &&
    a.height === b.height &&
    a.x === b.x &&
    a.y === b.y &&
    a.draggable === b.draggable
  );
}

/** Builds the canvas edges of a flow, reusing unchanged edge objects (see {@link createNodeDeriver}). */
export function createEdgeDeriver(): (flow: Flow, selection: DocumentSelection, problems: ProblemIndex, readOnly: boolean) => FlowXyEdge[] {
  let cache = new Map<string, { edge: FlowEdge; selected: boolean; status: ProblemStatus; readOnly: boolean; result: FlowXyEdge }>();
  return (flow, selection, problems, readOnly) => {
    const selected = new Set(selection.edges);
    const next: typeof cache = new Map();
    const out = flow.edges.map((edge) => {
      const isSelected = selected.has(edge.id);
      const status = problems.edges.get(edge.id) ?? null;
      const previous = cache.get(edge.id);
      let result: FlowXyEdge;
      if (previous && previous.edge === edge && previous.selected === isSelected && previous.status === status && previous.readOnly === readOnly) {
        result = previous.result;
      } else {
        result = {
          id: edge.id,
          source: edge.source,
          sourceHandle: edge.sourcePort,
          target: edge.target,
          selected: isSelected,
          reconnectable: !readOnly,
          data: { edge, status },
          ...(status ? { className: status === 'error' ? 'has-error' : 'has-warning' } : {}),
        };
      }
      next.set(edge.id, { edge, selected: isSelected, status, readOnly, result });
      return result;
    });
    cache = next;
    return out;
  };
}
