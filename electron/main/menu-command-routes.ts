import type { ActionName } from '../../shared/host/actions';

/** The Edit commands that also mean something inside a text field, by the webContents method doing it natively. */
export const TEXT_EDITING_COMMANDS = {
  undo: 'undo',
  redo: 'redo',
  cut: 'cut',
  copy: 'copy',
  paste: 'paste',
  selectAll: 'selectAll',
} as const satisfies Partial<Record<ActionName, string>>;

export type NativeEditingMethod = (typeof TEXT_EDITING_COMMANDS)[keyof typeof TEXT_EDITING_COMMANDS];

/** The part of a DOM element the focus probe reads. */
interface FocusedElementLike {
  tagName: string;
  closest?: (selector: string) => unknown;
  isContentEditable?: boolean;
  type?: string;
  readOnly?: boolean;
  disabled?: boolean;
}

/**
 * Whether the focused element of a page takes typed text. It runs in the page (see
 * {@link FOCUS_PROBE_SOURCE}), so it uses nothing from this module's scope: the lists are inline.
 */
export function focusIsInEditableText(doc: { activeElement: FocusedElementLike | null }): boolean {
  const element = doc.activeElement;
  if (element === null) return false;
  if (element.isContentEditable === true) return true;
  if (element.disabled === true || element.readOnly === true) return false;
  if (element.tagName === 'TEXTAREA') return true;
  if (element.tagName !== 'INPUT') return false;
  return ['text', 'search', 'url', 'tel', 'email', 'password', 'number', ''].includes((element.type ?? '').toLowerCase());
}

/**
 * Whether the focused element sits in a part of the page whose Undo and Redo are the app's,
 * not the text field's (the editor's fields: their edits are in the document's history). The
 * renderer marks those parts with APP_UNDO_ATTRIBUTE (shared/host/actions.ts); the selector is inline because
 * this runs in the page.
 */
export function focusOwnsAppUndo(doc: { activeElement: FocusedElementLike | null }): boolean {
  const element = doc.activeElement;
  return element !== null && typeof element.closest === 'function' && element.closest('[data-app-undo]') !== null;
}

/** What has the focus, as far as menu commands care: no text field, a text field, or a text field of the editor. */
export type TextFocus = 'none' | 'text' | 'editorText';

/** The probe as a script for `webContents.executeJavaScript`; it evaluates to a {@link TextFocus}. */
export const FOCUS_PROBE_SOURCE = `((${focusIsInEditableText.toString()})(document) ? ((${focusOwnsAppUndo.toString()})(document) ? 'editorText' : 'text') : 'none')`;

/** Reads the probe's answer; anything unexpected counts as no text field. */
export function textFocusOf(answer: unknown): TextFocus {
  return answer === 'text' || answer === 'editorText' ? answer : 'none';
}

/**
 * What a menu command does: edit the focused text natively, ask for files with the native
 * open dialog, or go to the renderer as `app:command`.
 */
export type MenuCommandRoute = { kind: 'native'; method: NativeEditingMethod } | { kind: 'openFileDialog' } | { kind: 'renderer'; command: ActionName };

/** Whether a command's route depends on the focus (then the page is asked before routing). */
export function isTextEditingCommand(command: ActionName): boolean {
  return Object.prototype.hasOwnProperty.call(TEXT_EDITING_COMMANDS, command);
}

/**
 * Routes a menu command. Undo, Copy, Paste and the rest act on the text field when one has
 * the focus (on macOS a text field copies and pastes only through the Edit menu, so without
 * this Cmd+C in a field would copy flow steps); everywhere else they are the editor's
 * commands. In the editor's own fields Undo and Redo stay the editor's: what was typed there
 * is in the document's history, and a text field's own undo would leave that history
 * pointing at text that is no longer there. Open File is the native file dialog: the
 * renderer lists only the workspace, and answers the chosen file's `app:openFile` like any other.
 */
export function routeMenuCommand(command: ActionName, focus: TextFocus): MenuCommandRoute {
  if (command === 'openFile') return { kind: 'openFileDialog' };
  const method = (TEXT_EDITING_COMMANDS as Partial<Record<ActionName, NativeEditingMethod>>)[command];
  const editorUndo = focus === 'editorText' && (command === 'undo' || command === 'redo');
  if (method !== undefined && focus !== 'none' && !editorUndo) return { kind: 'native', method };
  return { kind: 'renderer', command };
}
