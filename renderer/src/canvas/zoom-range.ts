/** Size assumed for steps before they are drawn (the canvas measures them only once visible). */
export const ASSUMED_NODE_SIZE = { width: 240, height: 110 };

/** The smallest zoom a person may choose on any flow; a flow too large to fit at it lowers it (see {@link minZoomFor}). */
export const DEFAULT_MIN_ZOOM = 0.1;

/** Room left for taller steps than assumed and for fit view's padding, which keeps clear of the overview map and the zoom controls. */
const HEADROOM = 0.5;

/**
 * The canvas's smallest zoom for a flow: {@link DEFAULT_MIN_ZOOM}, or lower when the whole
 * flow would not fit the canvas at it. xyflow clamps fit view to the zoom range, so with a
 * fixed floor Fit view would frame only the middle of a large flow.
 */
export function minZoomFor(nodes: readonly { position: { x: number; y: number } }[], width: number, height: number): number {
  if (nodes.length === 0 || width <= 0 || height <= 0) return DEFAULT_MIN_ZOOM;
  let left = Infinity;
  let top = Infinity;
  let right = -Infinity;
  let bottom = -Infinity;
  for (const { position } of nodes) {
    left = Math.min(left, position.x);
    top = Math.min(top, position.y);
    right = Math.max(right, position.x + ASSUMED_NODE_SIZE.width);
    bottom = Math.max(bottom, position.y + ASSUMED_NODE_SIZE.height);
  }
  const fits = Math.min(width / (right - left), height / (bottom - top)) * HEADROOM;
  return Math.min(DEFAULT_MIN_ZOOM, fits);
}
