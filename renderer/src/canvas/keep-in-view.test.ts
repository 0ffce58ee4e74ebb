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

  it('keeps the step out from under the overview map in the bottom-right corner, panning up or left, whichever is less', () => {
    const map = { width: 200, height: 140 };
    // In view, but its lower right part is under the map (which starts at 1000, 660): up by 64 clears it.
    expect(panToShow({ x: 900, y: 600, width: 200, height: 100 }, { x: 0, y: 0, zoom: 1 }, 1200, 800, 24, map)).toEqual({ x: 0, y: -64, zoom: 1 });
    // A tall step cannot go up far enough without leaving the top: it goes left instead.
    expect(panToShow({ x: 900, y: 100, width: 200, height: 650 }, { x: 0, y: 0, zoom: 1 }, 1200, 800, 24, map)).toEqual({ x: -124, y: 0, zoom: 1 });
    // Clear of the map: nothing moves.
    expect(panToShow({ x: 100, y: 600, width: 200, height: 100 }, { x: 0, y: 0, zoom: 1 }, 1200, 800, 24, map)).toBeUndefined();
  });
});
