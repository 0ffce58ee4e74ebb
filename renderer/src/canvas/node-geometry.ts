import type { NodeHandle } from '@xyflow/react';
import { Position } from '@xyflow/react';
import type { StepView } from './step-ports';

/**
 * The size and handle positions a step node will have once drawn, from the same fixed
 * metrics as canvas.css (.fp-node and its parts). xyflow draws every node whose handles it
 * does not know yet, to measure it; with these estimates it draws only the nodes in view,
 * which is what keeps opening a 5,000-step flow fast. Drawn nodes are measured and replace
 * the estimates.
 */
export const NODE_METRICS = {
  width: 220,
  border: 1.5,
  triggerTopBorder: 4,
  header: 44,
  summary: 22,
  portsPadding: { top: 4 + 1, bottom: 6 },
  portRow: 18,
  handle: 10,
} as const;

export interface NodeGeometry {
  width: number;
  height: number;
  /** The same width and height as one shared object, given to xyflow as the node's measured size. */
  size: { width: number; height: number };
  handles: NodeHandle[];
}

// Nodes of one shape share one estimate: thousands of steps have only a handful of shapes.
const shapes = new Map<string, NodeGeometry>();

/** The estimated size and handles of a step node (one shared object per shape: do not mutate). */
export function estimateGeometry(view: StepView): NodeGeometry {
  const key = `${view.step?.role === 'trigger' ? 't' : 's'}${view.summary === '' ? '' : '+'}:${view.ports.map((port) => port.id).join('\u0000')}`;
  let geometry = shapes.get(key);
  if (!geometry) {
    geometry = measureShape(view);
    if (shapes.size < 10_000) shapes.set(key, geometry);
  }
  return geometry;
}

/**
 * Whole pixels: xyflow copies every estimate into its own node of every step not drawn yet,
 * and V8 keeps fractional numbers in object fields as separate heap objects, integers inline.
 * Half a pixel is invisible, and drawn nodes are measured anyway.
 */
function measureShape(view: StepView): NodeGeometry {
  const m = NODE_METRICS;
  const top = view.step?.role === 'trigger' ? m.triggerTopBorder : m.border;
  const portsTop = top + m.header + (view.summary !== '' ? m.summary : 0);
  const portsHeight = view.ports.length > 0 ? m.portsPadding.top + view.ports.length * m.portRow + m.portsPadding.bottom : 0;
  const width = Math.round(m.width + 2 * m.border);
  const height = Math.round(portsTop + portsHeight + m.border);
  const half = m.handle / 2;
  const handles: NodeHandle[] = view.ports.map((port, index) => ({
    id: port.id,
    type: 'source',
    position: Position.Right,
    x: Math.round(width - half),
    y: Math.round(portsTop + m.portsPadding.top + index * m.portRow + m.portRow / 2 - half),
    width: m.handle,
    height: m.handle,
  }));
  if (view.step?.role !== 'trigger') {
    handles.push({ id: null, type: 'target', position: Position.Left, x: Math.round(-half), y: Math.round(height / 2 - half), width: m.handle, height: m.handle });
  }
  return { width, height, size: { width, height }, handles };
}
