import type { Edge, Node } from '@xyflow/react';
import type { FlowEdge, FlowNode } from '../../../shared/format/flow-schema';
import type { Profile } from '../../../shared/format/profiles';

/** How a node or edge is outlined: by its worst problem. */
export type ProblemStatus = 'error' | 'warning' | null;

/** What a step node component gets: the flow node itself (never copied), its profile and its problems. */
export interface StepNodeData extends Record<string, unknown> {
  node: FlowNode;
  profile: Profile;
  status: ProblemStatus;
}

/** A canvas node showing one step; `type` is the key of the node component in `nodeTypes`. */
export type StepXyNode = Node<StepNodeData, 'step'>;

export interface FlowEdgeData extends Record<string, unknown> {
  edge: FlowEdge;
  status: ProblemStatus;
}

export type FlowXyEdge = Edge<FlowEdgeData>;
