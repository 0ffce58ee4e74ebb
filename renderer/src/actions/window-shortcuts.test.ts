import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import type { ActionName } from '../../../shared/host/actions';
import { useUi } from '../ui/ui-store';

const ran: ActionName[] = [];
vi.mock('./registry', () => ({ keyPlatform: () => 'other', runAction: (name: ActionName) => void ran.push(name) }));

/** Just enough of a DOM element for the key rules: its tag and whether it sits in an editor part. */
class FakeElement {
  isContentEditable = false;
  constructor(
    readonly tagName: string,
    private readonly inEditor = false,
  ) {}
  closest(selector: string): unknown {
    return this.inEditor && selector === '[data-app-undo]' ? this : null;
  }
}

beforeAll(() => {
  // The rules ask `instanceof HTMLElement`/`Element`; the unit tests run without a DOM.
  Object.assign(globalThis, { HTMLElement: FakeElement, Element: FakeElement });
});
afterEach(() => {
  ran.length = 0;
  useUi.setState({ dialogs: [] });
});

const { onWindowKeyDown } = await import('./window-shortcuts');

function press(key: string, target: FakeElement, modifiers: { ctrlKey?: boolean; shiftKey?: boolean } = {}) {
  const event = { key, code: '', ctrlKey: false, metaKey: false, shiftKey: false, altKey: false, ...modifiers, target, defaultPrevented: false, preventDefault: () => (event.defaultPrevented = true) };
  onWindowKeyDown(event as unknown as KeyboardEvent, 'other');
  return event.defaultPrevented;
}

const body = new FakeElement('BODY');
const drawerField = new FakeElement('TEXTAREA', true);
const dialogField = new FakeElement('INPUT');

describe('the window\'s shortcuts', () => {
  it('run the registry\'s keys wherever the focus is, taking the key from the browser', () => {
    expect(press('e', body, { ctrlKey: true })).toBe(true);
    expect(press('M', body, { ctrlKey: true, shiftKey: true })).toBe(true);
    expect(press('?', body)).toBe(true);
    expect(ran).toEqual(['exportPack', 'toggleProblems', 'showShortcuts']);
  });

  it('undo and redo the flow in the editor\'s own fields, so one history holds what was typed there', () => {
    expect(press('z', drawerField, { ctrlKey: true })).toBe(true);
    expect(press('Z', drawerField, { ctrlKey: true, shiftKey: true })).toBe(true);
    expect(ran).toEqual(['undo', 'redo']);
  });

  it('leave Undo to any other text field, and type a plain key like ? in any field', () => {
    expect(press('z', dialogField, { ctrlKey: true })).toBe(false);
    expect(press('?', drawerField)).toBe(false);
    expect(ran).toEqual([]);
  });

  it('still save from a text field with Ctrl+S', () => {
    expect(press('s', drawerField, { ctrlKey: true })).toBe(true);
    expect(ran).toEqual(['save']);
  });

  it('do nothing behind an open dialog', () => {
    useUi.setState({ dialogs: [{ kind: 'importPack', seq: 1 }] as never });
    expect(press('e', body, { ctrlKey: true })).toBe(false);
    expect(ran).toEqual([]);
  });
});
