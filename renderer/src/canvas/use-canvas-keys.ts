import type { ClipboardEvent, KeyboardEvent } from 'react';
import { useCallback, useEffect } from 'react';
import { useDocuments } from '../documents/documents-store';
import { useCanvasUi } from './canvas-ui-store';
import { copySelection, pasteFromClipboard, pasteText } from './clipboard';
import { runEditorCommand } from './editor-commands';
import type { EditorCommand } from './editor-commands';

/** True when the key event belongs to a text field, where keys mean text editing, not canvas commands. */
function isTyping(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false;
  return target.isContentEditable || ['INPUT', 'TEXTAREA', 'SELECT'].includes(target.tagName);
}

/** The command a key press means on the canvas, if any. */
export function commandForKey(event: Pick<KeyboardEvent, 'key' | 'code' | 'ctrlKey' | 'metaKey' | 'shiftKey' | 'altKey'>): EditorCommand | undefined {
  const mod = event.ctrlKey || event.metaKey;
  const key = event.key.toLowerCase();
  if (event.altKey) return undefined;
  if (mod) {
    if (key === 'z') return event.shiftKey ? 'redo' : 'undo';
    if (key === 'y') return 'redo';
    if (key === 'a') return 'selectAll';
    if (key === 'd') return 'duplicate';
    return undefined;
  }
  if (key === 'delete' || key === 'backspace') return 'delete';
  if (key === '+' || key === '=') return 'zoomIn';
  if (key === '-' || key === '_') return 'zoomOut';
  if (key === '0' && !event.shiftKey) return 'zoomReset';
  if (event.shiftKey && (event.code === 'Digit1' || key === '!')) return 'fitView';
  return undefined;
}

/**
 * Keyboard shortcuts and clipboard events of a canvas. They act only while focus is in the
 * canvas (not in a text field), so Delete in the library or Ctrl+Z in a form field keep
 * their own meaning. Copy, cut and paste go through the browser's clipboard events, which
 * carry the clipboard text without asking the person for permission.
 */
export function useCanvasKeys(docId: string) {
  const onKeyDown = useCallback(
    (event: KeyboardEvent<HTMLElement>) => {
      if (isTyping(event.target)) return;
      if (event.key === 'Enter' && event.target instanceof HTMLElement) {
        const nodeId = event.target.closest<HTMLElement>('.react-flow__node')?.dataset.id;
        if (nodeId) {
          event.preventDefault();
          useDocuments.getState().setSelection(docId, { nodes: [nodeId], edges: [] });
          useCanvasUi.getState().requestEdit(nodeId);
          return;
        }
      }
      if (event.key === 'Escape') {
        useDocuments.getState().setSelection(docId, { nodes: [], edges: [] });
        return;
      }
      const command = commandForKey(event);
      if (!command) return;
      // Handled here, so a window-level shortcut handler must not run the same command again.
      event.preventDefault();
      event.stopPropagation();
      runEditorCommand(command, docId);
    },
    [docId],
  );

  const onCopy = useCallback(
    (event: ClipboardEvent<HTMLElement>) => {
      if (isTyping(event.target)) return;
      const text = copySelection(docId, { writeSystemClipboard: false });
      if (text === undefined) return;
      event.preventDefault();
      event.clipboardData.setData('text/plain', text);
    },
    [docId],
  );

  const onCut = useCallback(
    (event: ClipboardEvent<HTMLElement>) => {
      if (isTyping(event.target)) return;
      const text = copySelection(docId, { cut: true, writeSystemClipboard: false });
      if (text === undefined) return;
      event.preventDefault();
      event.clipboardData.setData('text/plain', text);
    },
    [docId],
  );

  const onPaste = useCallback(
    (event: ClipboardEvent<HTMLElement>) => {
      if (isTyping(event.target)) return;
      event.preventDefault();
      const text = event.clipboardData.getData('text/plain');
      if (!text || !pasteText(docId, text)) void pasteFromClipboard(docId);
    },
    [docId],
  );

  return { onKeyDown, onCopy, onCut, onPaste };
}

/**
 * Undo and redo also work while focus is elsewhere in the window (a palette button, the
 * library), except in text fields, where they undo typing. Keys the canvas handled itself
 * never reach this listener.
 */
export function useWindowUndoKeys(docId: string): void {
  useEffect(() => {
    const onKeyDown = (event: globalThis.KeyboardEvent) => {
      if (event.defaultPrevented || isTyping(event.target)) return;
      const command = commandForKey(event);
      if (command !== 'undo' && command !== 'redo') return;
      event.preventDefault();
      runEditorCommand(command, docId);
    };
    window.addEventListener('keydown', onKeyDown);
    return () => window.removeEventListener('keydown', onKeyDown);
  }, [docId]);
}
