import { APP_UNDO_ATTRIBUTE } from '../../../shared/host/actions';

/** True when a key event belongs to a text field, where keys mean text editing, not the app's actions. */
export function isTyping(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false;
  return target.isContentEditable || ['INPUT', 'TEXTAREA', 'SELECT'].includes(target.tagName);
}

/** True when the element edits the document, so Undo and Redo there are the document's (see APP_UNDO_ATTRIBUTE). */
export function ownsAppUndo(target: EventTarget | null): boolean {
  return target instanceof Element && target.closest(`[${APP_UNDO_ATTRIBUTE}]`) !== null;
}
