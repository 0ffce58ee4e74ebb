import { describe, expect, it } from 'vitest';
import { comboboxKey } from './combobox-keys';
import type { ComboboxState } from './combobox-keys';

const closed: ComboboxState = { open: false, active: -1 };

/** The state after pressing `keys` in turn over a list of `count` options. */
function press(keys: string[], count: number, from: ComboboxState = closed): ComboboxState {
  return keys.reduce((state, key) => comboboxKey(key, state, count).state, from);
}

describe('the entity picker’s keys', () => {
  it('opens on Down at the first option and moves down and up, wrapping at either end', () => {
    expect(press(['ArrowDown'], 3)).toEqual({ open: true, active: 0 });
    expect(press(['ArrowDown', 'ArrowDown', 'ArrowDown'], 3)).toEqual({ open: true, active: 2 });
    expect(press(['ArrowDown', 'ArrowDown', 'ArrowDown', 'ArrowDown'], 3)).toEqual({ open: true, active: 0 });
    expect(press(['ArrowUp'], 3)).toEqual({ open: true, active: 2 });
    expect(press(['ArrowDown', 'ArrowUp'], 3)).toEqual({ open: true, active: 2 });
  });

  it('chooses the active option on Enter and closes the list', () => {
    expect(comboboxKey('Enter', press(['ArrowDown', 'ArrowDown'], 3), 3)).toEqual({ state: closed, choose: 1, handled: true });
  });

  it('leaves Enter to the form when no option is active, and Escape to the input once the list is closed', () => {
    expect(comboboxKey('Enter', closed, 3).handled).toBe(false);
    expect(comboboxKey('Enter', { open: true, active: -1 }, 3).handled).toBe(false);
    expect(comboboxKey('Escape', press(['ArrowDown'], 3), 3)).toEqual({ state: closed, handled: true });
    expect(comboboxKey('Escape', closed, 3).handled).toBe(false);
  });

  it('has no active option when nothing matches what was typed', () => {
    expect(press(['ArrowDown', 'ArrowDown'], 0)).toEqual({ open: true, active: -1 });
    expect(press(['ArrowUp'], 0)).toEqual({ open: true, active: -1 });
    expect(comboboxKey('Enter', { open: true, active: -1 }, 0).choose).toBeUndefined();
  });

  it('leaves typing keys to the input', () => {
    expect(comboboxKey('a', closed, 3)).toEqual({ state: closed, handled: false });
  });
});
