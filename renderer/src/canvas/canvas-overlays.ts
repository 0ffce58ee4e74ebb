import type { ComponentType } from 'react';

/** What a feature draws with a flow's canvas, given the flow's id. */
export interface CanvasOverlay {
  /** Drawn inside the canvas (its children may use xyflow's ViewportPortal to pan and zoom with the steps). */
  Layer?: ComponentType<{ flowId: string }>;
  /** Drawn over the canvas surface, outside the steps' coordinates (a bar, a panel). */
  Bar?: ComponentType<{ flowId: string }>;
}

const overlays: CanvasOverlay[] = [];

/**
 * Lets a feature above the canvas (the live view) draw with it, registered at start
 * (app/registrations.ts), so the canvas never imports the features that build on it.
 */
export function registerCanvasOverlay(overlay: CanvasOverlay): void {
  overlays.push(overlay);
}

export function canvasOverlays(): readonly CanvasOverlay[] {
  return overlays;
}
