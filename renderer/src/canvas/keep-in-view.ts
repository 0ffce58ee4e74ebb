import type { Viewport } from '@xyflow/react';

/** A rectangle in flow coordinates. */
export interface FlowRect {
  x: number;
  y: number;
  width: number;
  height: number;
}

/**
 * The viewport that shows `rect` whole inside a canvas of `width` x `height` pixels with the
 * least panning (zoom unchanged), or undefined when it is already in view. When the rect is
 * larger than the canvas, its top-left corner wins.
 */
export function panToShow(rect: FlowRect, viewport: Viewport, width: number, height: number, margin = 24): Viewport | undefined {
  const shift = (start: number, size: number, offset: number, span: number) => {
    const from = offset + start * viewport.zoom;
    const to = from + size * viewport.zoom;
    if (from < margin) return margin - from;
    if (to > span - margin) return Math.max(span - margin - to, margin - from);
    return 0;
  };
  const dx = shift(rect.x, rect.width, viewport.x, width);
  const dy = shift(rect.y, rect.height, viewport.y, height);
  if (dx === 0 && dy === 0) return undefined;
  return { x: viewport.x + dx, y: viewport.y + dy, zoom: viewport.zoom };
}
