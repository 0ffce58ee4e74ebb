import { describe, expect, it } from 'vitest';
import { FOCUS_PROBE_SOURCE, focusIsInEditableText, routeMenuCommand } from './menu-command-routes';

const focused = (element: Parameters<typeof focusIsInEditableText>[0]['activeElement']) => ({ activeElement: element });

describe('menu commands while typing', () => {
  it('copies, pastes and undoes in the focused text field natively', () => {
    expect(routeMenuCommand('paste', true)).toEqual({ kind: 'native', method: 'paste' });
    expect(routeMenuCommand('undo', true)).toEqual({ kind: 'native', method: 'undo' });
    expect(routeMenuCommand('selectAll', true)).toEqual({ kind: 'native', method: 'selectAll' });
  });

  it('sends the same commands to the editor when no text field has the focus', () => {
    expect(routeMenuCommand('paste', false)).toEqual({ kind: 'renderer', command: 'paste' });
    expect(routeMenuCommand('undo', false)).toEqual({ kind: 'renderer', command: 'undo' });
  });

  it('asks for files with the native dialog on Open File, focus or not', () => {
    expect(routeMenuCommand('openFile', false)).toEqual({ kind: 'openFileDialog' });
    expect(routeMenuCommand('openFile', true)).toEqual({ kind: 'openFileDialog' });
  });

  it('always sends the editor commands that mean nothing to a text field', () => {
    expect(routeMenuCommand('save', true)).toEqual({ kind: 'renderer', command: 'save' });
    expect(routeMenuCommand('autoLayout', true)).toEqual({ kind: 'renderer', command: 'autoLayout' });
  });
});

describe('the focus probe', () => {
  it('counts text inputs, text areas and editable content as text fields', () => {
    expect(focusIsInEditableText(focused({ tagName: 'INPUT', type: 'text' }))).toBe(true);
    expect(focusIsInEditableText(focused({ tagName: 'INPUT', type: 'Search' }))).toBe(true);
    expect(focusIsInEditableText(focused({ tagName: 'TEXTAREA' }))).toBe(true);
    expect(focusIsInEditableText(focused({ tagName: 'DIV', isContentEditable: true }))).toBe(true);
  });

  it('does not count the canvas, buttons, checkboxes or read-only fields', () => {
    expect(focusIsInEditableText(focused(null))).toBe(false);
    expect(focusIsInEditableText(focused({ tagName: 'DIV', isContentEditable: false }))).toBe(false);
    expect(focusIsInEditableText(focused({ tagName: 'BUTTON' }))).toBe(false);
    expect(focusIsInEditableText(focused({ tagName: 'INPUT', type: 'checkbox' }))).toBe(false);
    expect(focusIsInEditableText(focused({ tagName: 'TEXTAREA', readOnly: true }))).toBe(false);
  });

  it('runs on its own as a page script, without this module', () => {
    const run = new Function('document', `return ${FOCUS_PROBE_SOURCE};`) as (doc: unknown) => unknown;
    expect(run({ activeElement: { tagName: 'TEXTAREA' } })).toBe(true);
    expect(run({ activeElement: { tagName: 'BODY' } })).toBe(false);
  });
});
