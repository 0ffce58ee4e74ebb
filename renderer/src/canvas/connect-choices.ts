import type { Port } from '../../../shared/catalog/types';
import { findStepType } from '../../../shared/catalog/registry';
import type { Flow, FlowEdge, FlowNode } from '../../../shared/format/flow-schema';
import { freePorts } from '../documents/flow-edits';
import { readingOrder } from './step-order';
import { stepPorts } from './step-ports';

/** What the Connect dialog offers: the step a connection leaves from, its ports, the steps it may go to. */
export interface ConnectChoices {
  source: FlowNode;
  /** The connection being moved, when it is one. */
  edge: FlowEdge | undefined;
  /** A new connection leaves from a free port; a moved one keeps its own port or takes a free one. */
  ports: Port[];
  /** Every step with an input (triggers have none) but the source, in reading order. */
  targets: FlowNode[];
  port: string | undefined;
  target: string | undefined;
}

/**
 * The choices for connecting `nodeId` to another step, or for moving connection `edgeId`;
 * undefined when that step or connection no longer exists. The preselected target is the
 * connection's own, or the first step the source is not connected to yet.
 */
export function connectChoices(flow: Flow, request: { nodeId?: string; edgeId?: string }): ConnectChoices | undefined {
  const edge = request.edgeId === undefined ? undefined : flow.edges.find((candidate) => candidate.id === request.edgeId);
  const sourceId = edge ? edge.source : request.nodeId;
  const source = flow.nodes.find((node) => node.id === sourceId);
  if (!source || (request.edgeId !== undefined && !edge)) return undefined;
  const free = new Set(freePorts(flow, source));
  const ports = stepPorts(flow.profile, source).filter((port) => free.has(port.id) || port.id === edge?.sourcePort);
  const targets = flow.nodes
    .filter((node) => node.id !== source.id && findStepType(flow.profile, node.type)?.role !== 'trigger')
    .sort(readingOrder);
  const connected = new Set(flow.edges.filter((candidate) => candidate.source === source.id).map((candidate) => candidate.target));
  const target = edge ? edge.target : (targets.find((node) => !connected.has(node.id)) ?? targets[0])?.id;
  return { source, edge, ports, targets, port: edge ? edge.sourcePort : ports[0]?.id, target };
}
