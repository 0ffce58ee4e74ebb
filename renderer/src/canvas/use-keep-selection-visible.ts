import type { ReactFlowInstance } from '@xyflow/react';
import type { RefObject } from 'react';
import { useEffect } from 'react';
import { panToShow } from './keep-in-view';
import type { FlowXyEdge, StepXyNode } from './xy-elements';

/**
 * When one step becomes selected, the properties drawer unfolds and narrows the canvas, which
 * can hide the very step being edited, and a step added from the palette may land outside the
 * view: after that layout, pan just enough to show it.
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
      // A step just added is not measured yet (or not drawn, when outside the view): its estimated size stands in.
      const width = node?.measured.width ?? node?.initialWidth;
      if (!node || !box || width === undefined) return;
      const { x, y } = node.internals.positionAbsolute;
      const rect = { x, y, width, height: node.measured.height ?? node.initialHeight ?? 0 };
      const map = wrapper.current?.querySelector('.react-flow__minimap')?.getBoundingClientRect();
      const corner = map ? { width: box.right - map.left, height: box.bottom - map.top } : undefined;
      const viewport = panToShow(rect, instance.getViewport(), box.width, box.height, undefined, corner);
      if (viewport) void instance.setViewport(viewport, { duration: 200 });
    });
    return () => cancelAnimationFrame(frame);
  }, [instance, wrapper, selectedNodeId]);
}
