import { findStepType } from '../../../shared/catalog/registry';
import type { Flow, FlowEdge, FlowNode } from '../../../shared/format/flow-schema';
import { freePorts } from './flow-edits';

/**
 * How a step added "after" the selected one joins the flow.
 * - `port`: connected from the selected step's first free output.
 * - `insert`: every output of the selected step is taken, so the new step goes between it and
 *   the step that followed on its first output: that connection now ends at the new step, and
 *   the new step continues to the old successor from its own first output.
 * - `unconnected`: it cannot join without cutting the flow, for the reason given.
 */
export type LinkAfter =
  | { kind: 'port'; port: string }
  | { kind: 'insert'; edge: FlowEdge; successor: FlowNode; newPort: string }
  | { kind: 'unconnected'; reason: 'trigger' | 'selectedHasNoOutputs' | 'newHasNoOutputs' };

/** The output ports of a step, in its type's order (none when its config cannot be read). */
function outputs(profile: Flow['profile'], node: Pick<FlowNode, 'type' | 'config'>): string[] {
  const step = findStepType(profile, node.type);
  try {
    return step ? step.ports(node.config).map((port) => port.id) : [];
  } catch {
    return [];
  }
}

/**
 * Decides how `added` joins after `selected`. Inserting between is chosen over the nearest
 * free output further down the chain because the palette promises "after the selected step":
 * the new step lands right where the person pointed, nothing far away is rewired, the old
 * successor stays reachable through it, and one undo puts everything back. A step with no
 * outputs (a jump, an end) is never inserted: it would cut off everything that followed.
 */
export function linkAfter(flow: Pick<Flow, 'profile' | 'edges' | 'nodes'>, selected: FlowNode, added: Pick<FlowNode, 'type' | 'config'>): LinkAfter {
  if (findStepType(flow.profile, added.type)?.role === 'trigger') return { kind: 'unconnected', reason: 'trigger' };
  const free = freePorts(flow, selected)[0];
  if (free !== undefined) return { kind: 'port', port: free };
  const ports = outputs(flow.profile, selected);
  const edge = ports.map((port) => flow.edges.find((candidate) => candidate.source === selected.id && candidate.sourcePort === port)).find((found) => found !== undefined);
  const successor = edge && flow.nodes.find((node) => node.id === edge.target);
  if (!edge || !successor) return { kind: 'unconnected', reason: 'selectedHasNoOutputs' };
  const newPort = outputs(flow.profile, added)[0];
  if (newPort === undefined) return { kind: 'unconnected', reason: 'newHasNoOutputs' };
  return { kind: 'insert', edge, successor, newPort };
}
