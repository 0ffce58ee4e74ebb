import type { ReactFlowInstance } from '@xyflow/react';
import { useEffect, useRef } from 'react';
import { useDocuments } from '../documents/documents-store';
import type { FocusRequest } from '../documents/open-document';
import type { FlowXyEdge, StepXyNode } from './xy-elements';

/** Centres the node or edge of each new focus request (from the Problems panel or the error list). */
export function useFocusRequest(docId: string, instance: ReactFlowInstance<StepXyNode, FlowXyEdge> | null, request: FocusRequest | null): void {
  const handled = useRef(0);
  useEffect(() => {
    if (!instance || !request || request.seq === handled.current) return;
    handled.current = request.seq;
    const centreOf = (id: string) => {
      const node = instance.getInternalNode(id);
      if (!node) return undefined;
      const { x, y } = node.internals.positionAbsolute;
      return { x: x + (node.measured.width ?? 0) / 2, y: y + (node.measured.height ?? 0) / 2 };
    };
    let target: { x: number; y: number } | undefined;
    if (request.nodeId) target = centreOf(request.nodeId);
    else if (request.edgeId) {
      // From the flow: the canvas holds only the connections near the view (edge-window.ts).
      const edge = useDocuments.getState().docs[docId]?.flow.edges.find((candidate) => candidate.id === request.edgeId);
      const from = edge && centreOf(edge.source);
      const to = edge && centreOf(edge.target);
      if (from && to) target = { x: (from.x + to.x) / 2, y: (from.y + to.y) / 2 };
    }
    if (target) void instance.setCenter(target.x, target.y, { zoom: Math.max(instance.getZoom(), 1), duration: 300 });
  }, [docId, instance, request]);
}
