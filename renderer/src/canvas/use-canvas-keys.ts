import type { ClipboardEvent, FocusEvent, KeyboardEvent } from 'react';
import { useCallback } from 'react';
import { ACTIONS, actionForKey } from '../../../shared/host/actions';
import type { ActionName, KeyPlatform, KeyPress } from '../../../shared/host/actions';
import { isTyping } from '../actions/key-targets';
import { keyPlatform, runAction } from '../actions/registry';
import { deleteElements } from '../documents/document-actions';
import { useDocuments } from '../documents/documents-store';
import { canvasFor } from './canvas-registry';
import { useCanvasUi } from './canvas-ui-store';
import { copySelection, pasteFromClipboard, pasteText } from './clipboard';
import { focusStep } from './show-step';
import { adjacentStep } from './step-order';

// Every action with a key, but cut, copy and paste: they go through the clipboard events below.
const KEYED_ACTIONS = ACTIONS.filter((action) => action.scope !== 'clipboard');

/** The action a key press means on the canvas, if any: the registry's keys, the canvas's own and the window's. */
export function commandForKey(event: KeyPress, platform: KeyPlatform = keyPlatform()): ActionName | undefined {
  return actionForKey(KEYED_ACTIONS, event, platform)?.name;
}

/** The step or connection an element of the canvas belongs to, if any. */
function focusedElement(target: EventTarget | null): { nodeId?: string; edgeId?: string } {
  if (!(target instanceof Element)) return {};
  const nodeId = target.closest<HTMLElement>('.react-flow__node')?.dataset.id;
  if (nodeId) return { nodeId };
  const edgeId = target.closest<SVGElement>('.react-flow__edge')?.dataset.id;
  return edgeId ? { edgeId } : {};
}

/**
 * What C connects: the focused step (a new connection from it) or connection (moved), else
 * the one selected step or connection.
 */
export function connectSubject(
  focused: { nodeId?: string; edgeId?: string },
  selection: { nodes: readonly string[]; edges: readonly string[] },
): { nodeId: string } | { edgeId: string } | undefined {
  if (focused.nodeId !== undefined) return { nodeId: focused.nodeId };
  if (focused.edgeId !== undefined) return { edgeId: focused.edgeId };
  if (selection.nodes.length === 1 && selection.edges.length === 0) return { nodeId: selection.nodes[0]! };
  if (selection.nodes.length === 0 && selection.edges.length === 1) return { edgeId: selection.edges[0]! };
  return undefined;
}

/**
 * What Delete removes: the focused step or connection when it is not selected (Tab moves
 * focus without selecting, and removing some other, selected step would surprise), else the
 * whole selection.
 */
export function deletionFor(
  focused: { nodeId?: string; edgeId?: string },
  selection: { nodes: readonly string[]; edges: readonly string[] },
): { nodes: readonly string[]; edges: readonly string[] } {
  if (focused.nodeId !== undefined && !selection.nodes.includes(focused.nodeId)) return { nodes: [focused.nodeId], edges: [] };
  if (focused.edgeId !== undefined && !selection.edges.includes(focused.edgeId)) return { nodes: [], edges: [focused.edgeId] };
  return selection;
}

/**
 * Tab and Shift+Tab on a step go to the next or previous step in reading order, brought into
 * view first, so every step is reached even though only those in view are drawn. Past the
 * last (or first) step, focus leaves the steps: it is put on the last (first) step drawn,
 * and the browser's own Tab then carries on from there. True when the key was handled here.
 */
function tabToStep(docId: string, nodeId: string, direction: 1 | -1, from: HTMLElement): boolean {
  const nodes = useDocuments.getState().docs[docId]?.flow.nodes;
  const canvas = canvasFor(docId);
  if (!nodes || !canvas) return false;
  const next = adjacentStep(nodes, nodeId, direction);
  if (next !== undefined) {
    focusStep(canvas.instance, canvas.element, next);
    return true;
  }
  const drawn = canvas.element.querySelectorAll<HTMLElement>('.react-flow__node');
  const edge = direction === 1 ? drawn[drawn.length - 1] : drawn[0];
  if (edge && edge !== from) edge.focus({ preventScroll: true });
  return false;
}

/**
 * After a zoom from the keyboard, the step that had focus is shown and focused again: a step
 * the zoom took out of the view is no longer drawn, and its focus fell to the page. Unless
 * focus went somewhere else meanwhile.
 */
function keepFocusOnStep(docId: string, nodeId: string): void {
  const canvas = canvasFor(docId);
  const active = document.activeElement;
  const stillHere = active instanceof HTMLElement && active.closest<HTMLElement>('.react-flow__node')?.dataset.id === nodeId;
  if (canvas && (stillHere || active === null || active === document.body)) focusStep(canvas.instance, canvas.element, nodeId);
}

/**
 * Marks the canvas surface while a step or connection has keyboard focus, which shows the
 * canvas's keys (canvas.css). Set on the element directly: no re-render, nothing done while
 * panning (a `:has()` selector would be re-checked as steps come into view).
 */
function markKeyboardFocus(event: FocusEvent<HTMLElement>): void {
  const surface = event.currentTarget;
  // Focus moving from one step to the next blurs the first, then focuses the second.
  const focused = event.type === 'focus' ? event.target : null;
  if (focused instanceof Element && focused.matches('.react-flow__node:focus-visible, .react-flow__edge:focus-visible')) surface.dataset.keyboardFocus = '';
  else delete surface.dataset.keyboardFocus;
}

/**
 * Keyboard shortcuts and clipboard events of a canvas, from the action registry. They act only
 * while focus is in the canvas (not in a text field), so Delete in the library keeps its own
 * meaning; keys in a text field are the window's (actions/window-shortcuts.ts). Copy, cut and
 * paste go through the browser's clipboard events, which carry the clipboard text without
 * asking the person for permission.
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
      if (event.key === 'Tab' && !event.ctrlKey && !event.metaKey && !event.altKey && event.target instanceof HTMLElement) {
        const nodeId = event.target.closest<HTMLElement>('.react-flow__node')?.dataset.id;
        if (nodeId && tabToStep(docId, nodeId, event.shiftKey ? -1 : 1, event.target)) event.preventDefault();
        return;
      }
      if (event.key.toLowerCase() === 'c' && !event.ctrlKey && !event.metaKey && !event.altKey && !event.shiftKey) {
        const doc = useDocuments.getState().docs[docId];
        const subject = doc && (doc.readOnlyReason ?? null) === null ? connectSubject(focusedElement(event.target), doc.selection) : undefined;
        if (subject) {
          event.preventDefault();
          useCanvasUi.getState().openConnect({ docId, ...subject });
        }
        return;
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
      if (command === 'delete') {
        const selection = useDocuments.getState().docs[docId]?.selection;
        if (selection) {
          const doomed = deletionFor(focusedElement(event.target), selection);
          deleteElements(docId, doomed.nodes, doomed.edges);
        }
        return;
      }
      const viewMoved = runAction(command, { docId });
      const focused = focusedElement(event.target).nodeId;
      if (viewMoved && focused !== undefined) void viewMoved.then(() => keepFocusOnStep(docId, focused));
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

  return { onKeyDown, onCopy, onCut, onPaste, onFocus: markKeyboardFocus, onBlur: markKeyboardFocus };
}
