import { formatHintWith } from '../catalog/format-hints';
import type { ProfileCatalog, Signal } from '../catalog/types';
import type { Diagnostic } from '../format/diagnostic';
import type { FlowEdge } from '../format/flow-schema';
import { diagnostic, paramInEveryLanguage } from './messages';
import type { Connections } from './connections';
import type { NodeReport } from './node-check';
import { describeSignal, emitsOf, flowTriggeredSignal, jumpTargetsOf, listensOf, signalMatches } from './step-facts';

export interface EdgeReport {
  id: string | undefined;
  edge: FlowEdge | undefined;
  /** Diagnostics with paths relative to the edge (the shared empty list when there are none). */
  diagnostics: readonly Diagnostic[];
  /** The edge's size as compact JSON in UTF-8, measured by the validator on first need. */
  size?: number;
}

export interface GraphInput {
  flowId: string | undefined;
  catalog: ProfileCatalog;
  nodes: readonly NodeReport[];
  edges: readonly EdgeReport[];
  connections: Connections;
}

/**
 * Checks that need the whole flow: ids, connections, ports, triggers, reachability,
 * step limits and loops through the flow's own trigger. Linear in nodes plus edges.
 */
export function checkGraph({ flowId, catalog, nodes, edges, connections }: GraphInput): Diagnostic[] {
  const out: Diagnostic[] = [...connections.diagnostics];
  const flow = flowId === undefined ? {} : { flowId };
  const { indexById } = connections;

  const triggers: number[] = [];
  nodes.forEach((report, index) => {
    if (report.step?.role === 'trigger') triggers.push(index);
  });

  // Filled only for nodes that have outgoing connections: most large flows are chains.
  const successors: (number[] | undefined)[] = new Array(nodes.length);
  const usedPorts: (string[] | undefined)[] = new Array(nodes.length);
  let crowded: Set<number> | undefined;
  for (let index = 0; index < edges.length; index++) {
    const edge = edges[index]!.edge;
    const source = connections.source[index]!;
    const target = connections.target[index]!;
    if (!edge) continue;
    if (target >= 0 && nodes[target]!.step?.role === 'trigger') {
      const at = { ...flow, edgeId: edge.id, path: ['edges', index, 'target'] };
      out.push(diagnostic('error', 'EDGE_INTO_TRIGGER', { edge: edge.id, node: nodes[target]!.name || edge.target }, at));
    }
    if (source < 0) continue;
    const sourceReport = nodes[source]!;
    // Ports are only known when the step's config parsed; otherwise its own diagnostics say why.
    if (sourceReport.configValid && !hasPort(sourceReport, edge.sourcePort)) {
      const ports = sourceReport.ports.map((port) => port.id).join(', ') || 'none';
      const at = { ...flow, edgeId: edge.id, path: ['edges', index, 'sourcePort'] };
      out.push(diagnostic('error', 'PORT_UNKNOWN', { edge: edge.id, node: sourceReport.name || edge.source, port: edge.sourcePort, ports }, at));
    }
    const ports = (usedPorts[source] ??= []);
    // A port with several connections (rare): checked once the graph is known, below.
    if (ports.includes(edge.sourcePort)) (crowded ??= new Set()).add(source);
    ports.push(edge.sourcePort);
    if (target >= 0) (successors[source] ??= []).push(target);
  }

  nodes.forEach((report, index) => {
    for (const port of report.ports) {
      if (port.role !== 'fallback' || usedPorts[index]?.includes(port.id)) continue;
      out.push(diagnostic('warning', 'PORT_UNCONNECTED', { ...paramInEveryLanguage('port', port.label), portId: port.id }, { ...flow, nodeId: report.id, path: ['nodes', index] }));
    }
    for (const jump of jumpTargetsOf(report)) {
      const target = indexById.get(jump);
      if (target === undefined) {
        out.push(
          diagnostic(
            'error',
            'CONFIG_INVALID',
            { ...(report.step ? paramInEveryLanguage('field', report.step.labels) : { field: 'Jump to' }), ...paramInEveryLanguage('detail', formatHintWith('noStepWithId', { id: jump })) },
            { ...flow, nodeId: report.id, path: ['nodes', index, 'config'] },
          ),
        );
      } else {
        (successors[index] ??= []).push(target);
      }
    }
  });

  if (crowded) {
    const edgesFrom = edgesBySource(edges, connections);
    for (const index of [...crowded].sort((a, b) => a - b)) checkOneConnectionPerPort(nodes[index]!, index, usedPorts[index]!, edgesFrom, out, flow);
  }
  checkTriggers(catalog, nodes, triggers, out, flow);
  if (triggers.length > 0) checkReachability(nodes, triggers, successors, out, flow);
  checkStepLimit(catalog, nodes, triggers.length, out, flow);
  if (flowId !== undefined) checkSelfTrigger(flowId, nodes, triggers, out);
  return out;
}

/**
 * The platforms keep one connection per output port: a port with several is a
 * warning on the step, naming its connections, so the author chooses which one stays.
 * Ports the step does not have are already `PORT_UNKNOWN` errors, one per connection.
 */
function checkOneConnectionPerPort(
  report: NodeReport,
  index: number,
  used: readonly string[],
  edgesFrom: (node: number) => readonly FlowEdge[],
  out: Diagnostic[],
  flow: { flowId?: string },
) {
  for (let i = 0; i < used.length; i++) {
    const portId = used[i]!;
    // Once per port, at its first connection; a node has a handful of ports, so scanning is cheapest.
    if (used.indexOf(portId) !== i || used.lastIndexOf(portId) === i) continue;
    if (report.configValid && !hasPort(report, portId)) continue;
    const ids = edgesFrom(index)
      .filter((edge) => edge.sourcePort === portId)
      .map((edge) => `"${edge.id}"`);
    const label = report.ports.find((candidate) => candidate.id === portId)?.label;
    const params = { ...(label ? paramInEveryLanguage('port', label) : { port: portId }), portId, count: ids.length, edges: ids.join(', ') };
    out.push(diagnostic('warning', 'PORT_MULTIPLE_CONNECTIONS', params, { ...flow, nodeId: report.id, path: ['nodes', index] }));
  }
}

/** The edges leaving each node, grouped in one pass (only built when some port has several). */
function edgesBySource(edges: readonly EdgeReport[], connections: Connections): (node: number) => readonly FlowEdge[] {
  const grouped = new Map<number, FlowEdge[]>();
  edges.forEach(({ edge }, index) => {
    const source = connections.source[index]!;
    if (!edge || source < 0) return;
    const list = grouped.get(source);
    if (list) list.push(edge);
    else grouped.set(source, [edge]);
  });
  return (node) => grouped.get(node) ?? [];
}

function hasPort(report: NodeReport, id: string): boolean {
  for (const port of report.ports) if (port.id === id) return true;
  return false;
}

function checkTriggers(catalog: ProfileCatalog, nodes: readonly NodeReport[], triggers: number[], out: Diagnostic[], flow: { flowId?: string }) {
  const { min, max } = catalog.triggers;
  if (triggers.length < min) {
    out.push(diagnostic('error', 'TRIGGER_MISSING', { profile: catalog.profile, min }, { ...flow, path: ['nodes'] }));
  }
  if (triggers.length > max) {
    for (const index of triggers.slice(max)) {
      const nodeId = nodes[index]!.id;
      out.push(diagnostic('error', 'TRIGGER_MULTIPLE', { profile: catalog.profile, count: triggers.length, max }, { ...flow, nodeId, path: ['nodes', index] }));
    }
  }
}

function checkReachability(nodes: readonly NodeReport[], triggers: number[], successors: (number[] | undefined)[], out: Diagnostic[], flow: { flowId?: string }) {
  const reached = new Uint8Array(nodes.length);
  const queue = [...triggers];
  for (const index of triggers) reached[index] = 1;
  while (queue.length > 0) {
    for (const next of successors[queue.pop()!] ?? []) {
      if (reached[next]) continue;
      reached[next] = 1;
      queue.push(next);
    }
  }
  nodes.forEach((report, index) => {
    if (reached[index] || !report.node) return;
    out.push(diagnostic('warning', 'NODE_UNREACHABLE', {}, { ...flow, nodeId: report.id, path: ['nodes', index] }));
  });
}

function checkStepLimit(catalog: ProfileCatalog, nodes: readonly NodeReport[], triggerCount: number, out: Diagnostic[], flow: { flowId?: string }) {
  const max = catalog.limits.maxSteps;
  const count = nodes.length - triggerCount;
  if (max !== undefined && count > max) {
    out.push(diagnostic('error', 'LIMIT_STEPS', { count, max, profile: catalog.profile }, { ...flow, path: ['nodes'] }));
  }
}

/** A step that emits what one of the flow's own triggers listens for re-fires the flow. */
function checkSelfTrigger(flowId: string, nodes: readonly NodeReport[], triggers: number[], out: Diagnostic[]) {
  const listeners: { signal: Signal; trigger: string }[] = [{ signal: flowTriggeredSignal(flowId), trigger: 'triggered by another workflow' }];
  for (const index of triggers) {
    const report = nodes[index]!;
    for (const signal of listensOf(report)) listeners.push({ signal, trigger: report.name || report.step!.labels.en });
  }
  nodes.forEach((report, index) => {
    if (report.step?.role !== 'step') return;
    for (const emitted of emitsOf(report)) {
      const hit = listeners.find((listener) => signalMatches(emitted, listener.signal));
      if (!hit) continue;
      out.push(
        diagnostic('error', 'LOOP_SELF_TRIGGER', { cause: describeSignal(emitted), trigger: hit.trigger }, { flowId, nodeId: report.id, path: ['nodes', index] }),
      );
      return;
    }
  });
}
