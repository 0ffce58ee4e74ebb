import { getViewportForBounds } from '@xyflow/react';
import type { Viewport } from '@xyflow/react';
import type { CornerCovers } from './fit-clear-of-covers';
import { paddingClearOf } from './fit-clear-of-covers';
import { ASSUMED_NODE_SIZE, minZoomFor } from './zoom-range';

/** Above this many steps the first view is the flow's start at 100% rather than the whole flow (drawing thousands at once is slow). */
export const FIT_ON_OPEN_MAX_NODES = 300;

const MARGIN = 40;

/**
 * The viewport a document opens with: the whole flow, at 100% or smaller, so no step starts
 * out of sight or under the overview map or the zoom controls (`covers`); above {@link FIT_ON_OPEN_MAX_NODES} steps, its start (top-left) at 100%.
 * Computed from positions alone, because only visible steps are ever drawn and measured.
 */
export function openingViewport(nodes: readonly { position: { x: number; y: number } }[], width: number, height: number, covers: CornerCovers = {}): Viewport {
  if (nodes.length === 0) return { x: width / 2, y: height / 3, zoom: 1 };
  const left = Math.min(...nodes.map((node) => node.position.x));
  const top = Math.min(...nodes.map((node) => node.position.y));
  if (nodes.length > FIT_ON_OPEN_MAX_NODES) return { x: MARGIN - left, y: MARGIN - top, zoom: 1 };
  const right = Math.max(...nodes.map((node) => node.position.x)) + ASSUMED_NODE_SIZE.width;
  const bottom = Math.max(...nodes.map((node) => node.position.y)) + ASSUMED_NODE_SIZE.height;
  const bounds = { x: left, y: top, width: right - left, height: bottom - top };
  return getViewportForBounds(bounds, width, height, minZoomFor(nodes, width, height), 1, paddingClearOf(bounds, width, height, covers));
}
