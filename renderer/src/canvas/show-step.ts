import type { ReactFlowInstance } from '@xyflow/react';
import { panToShow } from './keep-in-view';
import type { FlowXyEdge, StepXyNode } from './xy-elements';

/**
 * Pans the canvas just enough to show a step whole, clear of the overview map; nothing when
 * it is in view. A step not drawn yet (outside the view, or just added) has its estimated size.
 */
export function showStep(instance: ReactFlowInstance<StepXyNode, FlowXyEdge>, surface: HTMLElement, nodeId: string, duration: number): void {
  const node = instance.getInternalNode(nodeId);
  const box = surface.getBoundingClientRect();
  const width = node?.measured.width ?? node?.initialWidth;
  if (!node || width === undefined) return;
  const { x, y } = node.internals.positionAbsolute;
  const rect = { x, y, width, height: node.measured.height ?? node.initialHeight ?? 0 };
  const map = surface.querySelector('.react-flow__minimap')?.getBoundingClientRect();
  const corner = map ? { width: box.right - map.left, height: box.bottom - map.top } : undefined;
  const viewport = panToShow(rect, instance.getViewport(), box.width, box.height, undefined, corner);
  if (viewport) void instance.setViewport(viewport, { duration });
}

/** How many frames a step may take to be drawn after the view moved to it. */
const FRAMES_TO_DRAW = 30;

/**
 * Gives keyboard focus to a step, bringing it into view first: the canvas draws only the
 * steps in view, so one outside it has no element to focus until the view has moved.
 */
export function focusStep(instance: ReactFlowInstance<StepXyNode, FlowXyEdge>, surface: HTMLElement, nodeId: string): void {
  showStep(instance, surface, nodeId, 0);
  const selector = `.react-flow__node[data-id="${CSS.escape(nodeId)}"]`;
  let frames = 0;
  const attempt = () => {
    const element = surface.querySelector<HTMLElement>(selector);
    if (element) element.focus({ preventScroll: true });
    else if (++frames < FRAMES_TO_DRAW) requestAnimationFrame(attempt);
  };
  attempt();
}
