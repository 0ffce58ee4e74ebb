import { describe, expect, it } from 'vitest';
import { panToShow } from './keep-in-view';

const step = { x: 900, y: 100, width: 200, height: 80 };

describe('panToShow', () => {
  it('leaves the view alone when the step is already visible', () => {
    expect(panToShow(step, { x: 0, y: 0, zoom: 1 }, 1200, 800)).toBeUndefined();
  });

  it('pans just enough to bring a step hidden past the right edge into view', () => {
    // The canvas shrank to 1000 px when the properties drawer opened: the step ends at 1100.
    expect(panToShow(step, { x: 0, y: 0, zoom: 1 }, 1000, 800)).toEqual({ x: -124, y: 0, zoom: 1 });
  });

  it('accounts for the zoom and pans up or left as well', () => {
    const view = panToShow({ x: -100, y: -50, width: 100, height: 40 }, { x: 0, y: 0, zoom: 0.5 }, 800, 600);
    expect(view).toEqual({ x: 74, y: 49, zoom: 0.5 });
  });

  it('shows the top-left corner of a step larger than the canvas', () => {
    expect(panToShow({ x: 0, y: 100, width: 2000, height: 100 }, { x: -500, y: 0, zoom: 1 }, 800, 600)).toEqual({ x: 24, y: 0, zoom: 1 });
  });
});
