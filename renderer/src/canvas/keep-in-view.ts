import type { Viewport } from '@xyflow/react';

/** A rectangle in flow coordinates. */
export interface FlowRect {
  x: number;
  y: number;
  width: number;
  height: number;
}

/** The size of what covers the canvas's bottom-right corner (the overview map), in pixels. */
export interface CornerCover {
  width: number;
  height: number;
}

/**
 * The viewport that shows `rect` whole inside a canvas of `width` x `height` pixels with the
 * least panning (zoom unchanged), or undefined when it is already in view. When the rect is
 * larger than the canvas, its top-left corner wins. With `corner`, the rect is also kept out
 * from under the overview map, by panning up or left, whichever is less, when there is room.
 */
export function panToShow(rect: FlowRect, viewport: Viewport, width: number, height: number, margin = 24, corner?: CornerCover): Viewport | undefined {
  const shift = (start: number, size: number, offset: number, span: number) => {
    const from = offset + start * viewport.zoom;
    const to = from + size * viewport.zoom;
    if (from < margin) return margin - from;
    if (to > span - margin) return Math.max(span - margin - to, margin - from);
    return 0;
  };
  let dx = shift(rect.x, rect.width, viewport.x, width);
  let dy = shift(rect.y, rect.height, viewport.y, height);
  if (corner) {
    const left = viewport.x + dx + rect.x * viewport.zoom;
    const top = viewport.y + dy + rect.y * viewport.zoom;
    const right = left + rect.width * viewport.zoom;
    const bottom = top + rect.height * viewport.zoom;
    const coverLeft = width - corner.width;
    const coverTop = height - corner.height;
    if (right > coverLeft && bottom > coverTop) {
      const up = coverTop - margin - bottom;
      const sideways = coverLeft - margin - right;
      const canGoUp = top + up >= margin;
      const canGoLeft = left + sideways >= margin;
      if (canGoUp && (!canGoLeft || -up <= -sideways)) dy += up;
      else if (canGoLeft) dx += sideways;
    }
  }
  if (dx === 0 && dy === 0) return undefined;
  return { x: viewport.x + dx, y: viewport.y + dy, zoom: viewport.zoom };
}
