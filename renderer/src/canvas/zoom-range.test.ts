import { describe, expect, it } from 'vitest';
import { ASSUMED_NODE_SIZE, DEFAULT_MIN_ZOOM, minZoomFor } from './zoom-range';

const chain = (count: number) => Array.from({ length: count }, (_, i) => ({ position: { x: i * 300, y: 0 } }));

describe('minZoomFor', () => {
  it('keeps the usual floor for a flow that fits at it', () => {
    expect(minZoomFor(chain(10), 1200, 800)).toBe(DEFAULT_MIN_ZOOM);
    expect(minZoomFor([], 1200, 800)).toBe(DEFAULT_MIN_ZOOM);
  });

  it('lowers the floor so Fit view can frame a flow of any size whole', () => {
    const nodes = chain(1000);
    const zoom = minZoomFor(nodes, 1200, 800);
    const flowWidth = 999 * 300 + ASSUMED_NODE_SIZE.width;
    expect(zoom).toBeLessThan(DEFAULT_MIN_ZOOM);
    expect(flowWidth * zoom).toBeLessThan(1200);
  });
});
