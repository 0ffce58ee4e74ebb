import { describe, expect, it } from 'vitest';
import { FIT_ON_OPEN_MAX_NODES, openingViewport } from './opening-viewport';
import { ASSUMED_NODE_SIZE } from './zoom-range';

const at = (x: number, y: number) => ({ position: { x, y } });
/** Where a flow point lands on screen under a viewport. */
const onScreen = (viewport: { x: number; y: number; zoom: number }, x: number, y: number) => ({
  x: viewport.x + x * viewport.zoom,
  y: viewport.y + y * viewport.zoom,
});

describe('openingViewport', () => {
  it('shows a small flow whole, never magnified past 100%', () => {
    const viewport = openingViewport([at(0, 0), at(300, 0)], 1200, 800);
    expect(viewport.zoom).toBe(1);
    const first = onScreen(viewport, 0, 0);
    const lastRight = onScreen(viewport, 300 + ASSUMED_NODE_SIZE.width, ASSUMED_NODE_SIZE.height);
    expect(first.x).toBeGreaterThanOrEqual(0);
    expect(lastRight.x).toBeLessThanOrEqual(1200);
  });

  it('opens a flow that does not fit at 100% fitted: every step on screen, however small', () => {
    for (const nodes of [[at(0, 0), at(1000, 200)], [at(100, 0), at(1200, 100), at(2400, 200)], [at(0, 50), at(3000, 3000)], [at(0, 0), at(60_000, 0)]]) {
      const viewport = openingViewport(nodes, 800, 600);
      expect(viewport.zoom).toBeLessThan(1);
      for (const { position } of nodes) {
        const topLeft = onScreen(viewport, position.x, position.y);
        const bottomRight = onScreen(viewport, position.x + ASSUMED_NODE_SIZE.width, position.y + ASSUMED_NODE_SIZE.height);
        expect(Math.min(topLeft.x, topLeft.y)).toBeGreaterThanOrEqual(0);
        expect(bottomRight.x).toBeLessThanOrEqual(800);
        expect(bottomRight.y).toBeLessThanOrEqual(600);
      }
    }
  });

  it('opens a large flow at its start at 100% without measuring every step', () => {
    const nodes = Array.from({ length: FIT_ON_OPEN_MAX_NODES + 1 }, (_, i) => at(i * 300 + 20, 10));
    expect(openingViewport(nodes, 800, 600)).toEqual({ x: 20, y: 30, zoom: 1 });
  });
});
