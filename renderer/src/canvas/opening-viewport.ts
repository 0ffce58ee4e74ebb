import { getViewportForBounds } from '@xyflow/react';
import type { Viewport } from '@xyflow/react';

/** Size assumed for steps before they are drawn (the canvas measures them only once visible). */
export const ASSUMED_NODE_SIZE = { width: 240, height: 110 };

/** Above this many steps the first view is the flow's start at 100% rather than the whole flow (drawing thousands at once is slow). */
export const FIT_ON_OPEN_MAX_NODES = 300;

/**
 * The smallest zoom a flow opens at. Below it a step's name and summary are too small to read,
 * so a flow too wide to fit opens at this zoom showing its start instead of shrinking further.
 */
export const MIN_OPENING_ZOOM = 0.75;

const MARGIN = 40;

/**
 * The viewport a document opens with: the whole flow, between {@link MIN_OPENING_ZOOM} and
 * 100%, when it fits at a readable size; otherwise its start (left edge) at a readable zoom,
 * centred vertically when its height fits. Computed from positions alone, because only
 * visible steps are ever drawn and measured.
 */
export function openingViewport(nodes: readonly { position: { x: number; y: number } }[], width: number, height: number): Viewport {
  if (nodes.length === 0) return { x: width / 2, y: height / 3, zoom: 1 };
  const left = Math.min(...nodes.map((node) => node.position.x));
  const top = Math.min(...nodes.map((node) => node.position.y));
  if (nodes.length > FIT_ON_OPEN_MAX_NODES) return { x: MARGIN - left, y: MARGIN - top, zoom: 1 };
  const right = Math.max(...nodes.map((node) => node.position.x)) + ASSUMED_NODE_SIZE.width;
  const bottom = Math.max(...nodes.map((node) => node.position.y)) + ASSUMED_NODE_SIZE.height;
  const fitted = getViewportForBounds({ x: left, y: top, width: right - left, height: bottom - top }, width, height, 0.1, 1, 0.1);
  if (fitted.zoom >= MIN_OPENING_ZOOM) return fitted;
  const zoom = MIN_OPENING_ZOOM;
  const flowHeight = (bottom - top) * zoom;
  const y = flowHeight + 2 * MARGIN <= height ? (height - flowHeight) / 2 - top * zoom : MARGIN - top * zoom;
  return { x: MARGIN - left * zoom, y, zoom };
}
