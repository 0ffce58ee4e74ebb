import type { ReactFlowInstance } from '@xyflow/react';
import type { RefObject } from 'react';
import { useEffect } from 'react';
import { panToShow } from './keep-in-view';
import type { FlowXyEdge, StepXyNode } from './xy-elements';

/**
 * When one step becomes selected, the properties drawer unfolds and narrows the canvas, which
 * can hide the very step being edited: after that layout, pan just enough to keep it in view.
 */
export function useKeepSelectionVisible(
  instance: ReactFlowInstance<StepXyNode, FlowXyEdge> | null,
  wrapper: RefObject<HTMLDivElement | null>,
  selectedNodeId: string | undefined,
): void {
  useEffect(() => {
    if (!instance || selectedNodeId === undefined) return;
    // The next frame: the drawer has been laid out and the canvas has its new width.
    const frame = requestAnimationFrame(() => {
      const node = instance.getInternalNode(selectedNodeId);
      const box = wrapper.current?.getBoundingClientRect();
      if (!node || !box || node.measured.width === undefined) return;
      const { x, y } = node.internals.positionAbsolute;
      const rect = { x, y, width: node.measured.width, height: node.measured.height ?? 0 };
      const viewport = panToShow(rect, instance.getViewport(), box.width, box.height);
      if (viewport) void instance.setViewport(viewport, { duration: 200 });
    });
    return () => cancelAnimationFrame(frame);
  }, [instance, wrapper, selectedNodeId]);
}
