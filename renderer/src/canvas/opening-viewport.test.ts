import { describe, expect, it } from 'vitest';
import { ASSUMED_NODE_SIZE, FIT_ON_OPEN_MAX_NODES, MIN_OPENING_ZOOM, openingViewport } from './opening-viewport';

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

  it('shrinks a flow to fit while its steps stay readable', () => {
    const viewport = openingViewport([at(0, 0), at(1000, 200)], 1100, 700);
    expect(viewport.zoom).toBeLessThan(1);
    expect(viewport.zoom).toBeGreaterThanOrEqual(MIN_OPENING_ZOOM);
    expect(onScreen(viewport, 1000 + ASSUMED_NODE_SIZE.width, 0).x).toBeLessThanOrEqual(1100);
  });

  it('opens a flow too wide to fit at a readable zoom, at its start, centred vertically', () => {
    const nodes = [at(100, 0), at(1200, 100), at(2400, 200)];
    const viewport = openingViewport(nodes, 800, 600);
    expect(viewport.zoom).toBe(MIN_OPENING_ZOOM);
    expect(onScreen(viewport, 100, 0).x).toBe(40);
    const top = onScreen(viewport, 0, 0).y;
    const bottom = onScreen(viewport, 0, 200 + ASSUMED_NODE_SIZE.height).y;
    expect(top - 0).toBeCloseTo(600 - bottom);
  });

  it('aligns a flow too tall to fit to its top', () => {
    const viewport = openingViewport([at(0, 50), at(3000, 3000)], 800, 600);
    expect(viewport.zoom).toBe(MIN_OPENING_ZOOM);
    expect(onScreen(viewport, 0, 50)).toEqual({ x: 40, y: 40 });
  });

  it('opens a large flow at its start at 100% without measuring every step', () => {
    const nodes = Array.from({ length: FIT_ON_OPEN_MAX_NODES + 1 }, (_, i) => at(i * 300 + 20, 10));
    expect(openingViewport(nodes, 800, 600)).toEqual({ x: 20, y: 30, zoom: 1 });
  });
});
