import type { ReactFlowInstance, Viewport } from '@xyflow/react';
import type { FlowXyEdge, StepXyNode } from './xy-elements';

/** The xyflow instance of a mounted canvas and the element it fills. */
export interface MountedCanvas {
  instance: ReactFlowInstance<StepXyNode, FlowXyEdge>;
  element: HTMLElement;
}

// Zoom, fit and paste-at-centre commands come from menus and the top bar, outside the canvas's
// React tree, so each mounted canvas registers itself here under its document id.
const canvases = new Map<string, MountedCanvas>();

/** Registers a canvas; returns the function that unregisters it. */
export function registerCanvas(docId: string, canvas: MountedCanvas): () => void {
  canvases.set(docId, canvas);
  return () => {
    if (canvases.get(docId) === canvas) canvases.delete(docId);
  };
}

/** The mounted canvas of a document, if it is shown. */
export function canvasFor(docId: string): MountedCanvas | undefined {
  return canvases.get(docId);
}

/** The flow coordinates at the centre of a document's visible canvas. */
export function viewportCentre(docId: string): { x: number; y: number } | undefined {
  const canvas = canvases.get(docId);
  if (!canvas) return undefined;
  const box = canvas.element.getBoundingClientRect();
  return canvas.instance.screenToFlowPosition({ x: box.left + box.width / 2, y: box.top + box.height / 2 });
}

// Each tab comes back where it was left: viewports are view state, kept here, never in the flow.
const viewports = new Map<string, Viewport>();

/** Remembers where a document's canvas was looking when it is hidden. */
export function rememberViewport(docId: string, viewport: Viewport): void {
  viewports.set(docId, viewport);
}

/** Where a document's canvas was last looking, if it was shown before. */
export function rememberedViewport(docId: string): Viewport | undefined {
  return viewports.get(docId);
}
