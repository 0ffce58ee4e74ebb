import type { Edge, Node } from '@xyflow/react';
import type { FlowNode } from '../../../shared/format/flow-schema';

/** How a node or edge is outlined: by its worst problem. */
export type ProblemStatus = 'error' | 'warning' | null;

/**
 * A canvas node showing one step; `type` is the key of the node component in `nodeTypes`:
 * `step` for the flow's steps, `ghost` for a step only the other version of a shown comparison
 * has (ghost-elements.ts). Its data is the flow node itself (never copied): xyflow keeps a node
 * of its own per step, so the canvas adds nothing per step that it does not need.
 */
export type StepXyNode = Node<FlowNode, 'step' | 'ghost'>;

/** A canvas edge showing one connection; its source handle is the connection's source port. */
export type FlowXyEdge = Edge;
