import { describe, expect, it } from 'vitest';
import { APP_UNDO_ATTRIBUTE } from '../../shared/host/actions';
import { FOCUS_PROBE_SOURCE, focusIsInEditableText, routeMenuCommand, textFocusOf } from './menu-command-routes';

const focused = (element: Parameters<typeof focusIsInEditableText>[0]['activeElement']) => ({ activeElement: element });

describe('menu commands while typing', () => {
  it('copies, pastes and undoes in the focused text field natively', () => {
    expect(routeMenuCommand('paste', 'text')).toEqual({ kind: 'native', method: 'paste' });
    expect(routeMenuCommand('undo', 'text')).toEqual({ kind: 'native', method: 'undo' });
    expect(routeMenuCommand('selectAll', 'text')).toEqual({ kind: 'native', method: 'selectAll' });
  });

  it('sends the same commands to the editor when no text field has the focus', () => {
    expect(routeMenuCommand('paste', 'none')).toEqual({ kind: 'renderer', command: 'paste' });
    expect(routeMenuCommand('undo', 'none')).toEqual({ kind: 'renderer', command: 'undo' });
  });

  it('asks for files with the native dialog on Open File, focus or not', () => {
    expect(routeMenuCommand('openFile', 'none')).toEqual({ kind: 'openFileDialog' });
    expect(routeMenuCommand('openFile', 'text')).toEqual({ kind: 'openFileDialog' });
  });

  it('always sends the editor commands that mean nothing to a text field', () => {
    expect(routeMenuCommand('save', 'text')).toEqual({ kind: 'renderer', command: 'save' });
    expect(routeMenuCommand('autoLayout', 'text')).toEqual({ kind: 'renderer', command: 'autoLayout' });
  });
});

describe('menu commands in the editor\'s own text fields', () => {
  it('undoes and redoes in the document, whose history holds what was typed there', () => {
    expect(routeMenuCommand('undo', 'editorText')).toEqual({ kind: 'renderer', command: 'undo' });
    expect(routeMenuCommand('redo', 'editorText')).toEqual({ kind: 'renderer', command: 'redo' });
  });

  it('still copies, pastes and selects the field\'s text natively', () => {
    expect(routeMenuCommand('copy', 'editorText')).toEqual({ kind: 'native', method: 'copy' });
    expect(routeMenuCommand('paste', 'editorText')).toEqual({ kind: 'native', method: 'paste' });
    expect(routeMenuCommand('selectAll', 'editorText')).toEqual({ kind: 'native', method: 'selectAll' });
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

  it('runs on its own as a page script, without this module, and tells the editor\'s fields from others', () => {
    const run = new Function('document', `return ${FOCUS_PROBE_SOURCE};`) as (doc: unknown) => unknown;
    const inEditor = (selector: string) => (selector === `[${APP_UNDO_ATTRIBUTE}]` ? {} : null);
    expect(textFocusOf(run({ activeElement: { tagName: 'TEXTAREA', closest: () => null } }))).toBe('text');
    expect(textFocusOf(run({ activeElement: { tagName: 'TEXTAREA', closest: inEditor } }))).toBe('editorText');
    expect(textFocusOf(run({ activeElement: { tagName: 'BODY', closest: inEditor } }))).toBe('none');
  });
});
