import { describe, expect, it } from 'vitest';
import { compareOrder, toggleCompareChoice } from './revision-choice';

describe('choosing two revisions to compare', () => {
  it('keeps at most two: a third choice lets go of the first one chosen; choosing again unchooses', () => {
    let chosen = toggleCompareChoice([], 5);
    chosen = toggleCompareChoice(chosen, 2);
    expect(chosen).toEqual([5, 2]);
    expect(toggleCompareChoice(chosen, 3)).toEqual([2, 3]);
    expect(toggleCompareChoice(chosen, 5)).toEqual([2]);
  });

  it('compares only two, the older against the newer whichever was chosen first', () => {
    expect(compareOrder([5])).toBeNull();
    expect(compareOrder([5, 2])).toEqual({ older: 2, newer: 5 });
    expect(compareOrder([2, 5])).toEqual({ older: 2, newer: 5 });
  });
});
