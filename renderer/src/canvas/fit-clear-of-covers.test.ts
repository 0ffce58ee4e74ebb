import { getViewportForBounds } from '@xyflow/react';
import { describe, expect, it } from 'vitest';
import { paddingClearOf } from './fit-clear-of-covers';

const covers = { left: { width: 45, height: 150 }, right: { width: 195, height: 135 } };

/** Where the bounds land on screen when fitted with `padding`. */
function fitted(bounds: { x: number; y: number; width: number; height: number }, width: number, height: number) {
  const view = getViewportForBounds(bounds, width, height, 0.01, 1, paddingClearOf(bounds, width, height, covers));
  return {
    left: view.x + bounds.x * view.zoom,
    top: view.y + bounds.y * view.zoom,
    right: view.x + (bounds.x + bounds.width) * view.zoom,
    bottom: view.y + (bounds.y + bounds.height) * view.zoom,
  };
}

describe('fitting a flow clear of the overview map and the zoom controls', () => {
  it('keeps a wide flow above the covers: no step lands under the map, where it could not be clicked', () => {
    const box = fitted({ x: 0, y: 0, width: 3200, height: 1900 }, 900, 700);
    expect(box.bottom).toBeLessThanOrEqual(700 - 135);
    expect(box.left).toBeGreaterThanOrEqual(0);
    expect(box.right).toBeLessThanOrEqual(900);
  });

  it('keeps a tall flow between the covers, giving up width rather than height', () => {
    const box = fitted({ x: 0, y: 0, width: 400, height: 3000 }, 900, 700);
    expect(box.left).toBeGreaterThanOrEqual(45);
    expect(box.right).toBeLessThanOrEqual(900 - 195);
    expect(box.bottom).toBeLessThanOrEqual(700);
  });
});
