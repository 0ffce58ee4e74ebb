import { describe, expect, it } from 'vitest';
import { EMPTY_SELECTION, clickSelection, reconcileSelection } from './library-selection';

const rows = ['a', 'b', 'c', 'd'];
const plain = { toggle: false, range: false };

describe('library multi-select', () => {
  it('selects only the clicked item on a plain click', () => {
    const first = clickSelection(EMPTY_SELECTION, 'a', plain, rows);
    expect(clickSelection(first, 'c', plain, rows).paths).toEqual(['c']);
  });

  it('adds and removes items with Ctrl/Cmd-click', () => {
    let selection = clickSelection(EMPTY_SELECTION, 'a', plain, rows);
    selection = clickSelection(selection, 'c', { toggle: true, range: false }, rows);
    expect(selection.paths).toEqual(['a', 'c']);
    selection = clickSelection(selection, 'a', { toggle: true, range: false }, rows);
    expect(selection.paths).toEqual(['c']);
  });

  it('selects the rows between the anchor and the Shift-clicked item, in either direction', () => {
    const anchored = clickSelection(EMPTY_SELECTION, 'd', plain, rows);
    expect(clickSelection(anchored, 'b', { toggle: false, range: true }, rows).paths).toEqual(['b', 'c', 'd']);
  });

  it('forgets deleted items and follows moved ones', () => {
    const selection = { paths: ['a', 'b'], anchor: 'b' };
    const result = reconcileSelection(selection, (path) => path !== 'a', (path) => (path === 'b' ? 'x/b' : path));
    expect(result).toEqual({ paths: ['x/b'], anchor: 'x/b' });
  });
});
