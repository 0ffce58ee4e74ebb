import type { ReactFlowInstance } from '@xyflow/react';
import type { RefObject } from 'react';
import { useEffect } from 'react';
import { showStep } from './show-step';
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
      if (wrapper.current) showStep(instance, wrapper.current, selectedNodeId, 200);
    });
    return () => cancelAnimationFrame(frame);
  }, [instance, wrapper, selectedNodeId]);
}
