import { describe, expect, it } from 'vitest';
import { commandForKey } from './use-canvas-keys';

const key = (key: string, modifiers: Partial<{ ctrlKey: boolean; metaKey: boolean; shiftKey: boolean; altKey: boolean; code: string }> = {}) =>
  commandForKey({ key, code: modifiers.code ?? '', ctrlKey: false, metaKey: false, shiftKey: false, altKey: false, ...modifiers });

describe('canvas keyboard shortcuts', () => {
  it('undoes with Ctrl/Cmd+Z and redoes with Shift+Ctrl+Z or Ctrl+Y', () => {
    expect(key('z', { ctrlKey: true })).toBe('undo');
    expect(key('z', { metaKey: true })).toBe('undo');
    expect(key('Z', { ctrlKey: true, shiftKey: true })).toBe('redo');
    expect(key('y', { ctrlKey: true })).toBe('redo');
  });

  it('selects all, duplicates and deletes', () => {
    expect(key('a', { ctrlKey: true })).toBe('selectAll');
    expect(key('d', { metaKey: true })).toBe('duplicate');
    expect(key('Delete')).toBe('delete');
    expect(key('Backspace')).toBe('delete');
  });

  it('zooms with + and -, resets with 0 and fits with Shift+1', () => {
    expect(key('+', { shiftKey: true })).toBe('zoomIn');
    expect(key('=')).toBe('zoomIn');
    expect(key('-')).toBe('zoomOut');
    expect(key('0')).toBe('zoomReset');
    expect(key('!', { shiftKey: true, code: 'Digit1' })).toBe('fitView');
  });

  it('leaves other keys and Alt combinations alone (copy and paste go through clipboard events)', () => {
    expect(key('c', { ctrlKey: true })).toBeUndefined();
    expect(key('v', { ctrlKey: true })).toBeUndefined();
    expect(key('z', { ctrlKey: true, altKey: true })).toBeUndefined();
    expect(key('x')).toBeUndefined();
  });
});
