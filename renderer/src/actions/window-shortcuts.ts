import { ACTIONS, actionForKey } from '../../../shared/host/actions';
import type { KeyPlatform } from '../../../shared/host/actions';
import { useUi } from '../ui/ui-store';
import { isTyping, ownsAppUndo } from './key-targets';
import { keyPlatform, runAction } from './registry';

// Keys that act wherever the focus is; the canvas's plain keys are its own (use-canvas-keys).
const WINDOW_ACTIONS = ACTIONS.filter((action) => action.scope === 'window');

/**
 * The window's keyboard shortcuts, from the registry: the same keys as the desktop app's menu
 * accelerators, so every shortcut also works in the browser host, which has no native menu.
 * A key the page takes here is default-prevented, and Electron then does not run its menu
 * accelerator: one press never runs an action twice. Keys the canvas handled never get here.
 */
export function onWindowKeyDown(event: KeyboardEvent, platform: KeyPlatform = keyPlatform()): void {
  if (event.defaultPrevented) return;
  const action = actionForKey(WINDOW_ACTIONS, event, platform);
  if (action === undefined) return;
  // A dialog has the window: its own keys (Escape, Enter) and nothing behind it.
  if (useUi.getState().dialogs.length > 0) return;
  if (isTyping(event.target)) {
    // In a field of the editor, Undo and Redo are the document's: its history holds the typing.
    // In any other field they undo the field's typing, natively; plain keys (?) are typed.
    if (action.name === 'undo' || action.name === 'redo') {
      if (!ownsAppUndo(event.target)) return;
    } else if (!(event.ctrlKey || event.metaKey)) return;
  }
  event.preventDefault();
  void runAction(action.name);
}

/**
 * Undo and Redo that reach an editor field without a key (the browser's context menu, the
 * desktop Edit menu's native undo): taken away from the field and run on the document.
 */
export function onWindowBeforeInput(event: InputEvent): void {
  if (event.inputType !== 'historyUndo' && event.inputType !== 'historyRedo') return;
  if (!ownsAppUndo(event.target)) return;
  event.preventDefault();
  void runAction(event.inputType === 'historyUndo' ? 'undo' : 'redo');
}

/** Listens for the window's shortcuts; returns what stops listening. */
export function listenToWindowShortcuts(): () => void {
  const onKeyDown = (event: KeyboardEvent) => onWindowKeyDown(event);
  window.addEventListener('keydown', onKeyDown);
  window.addEventListener('beforeinput', onWindowBeforeInput);
  return () => {
    window.removeEventListener('keydown', onKeyDown);
    window.removeEventListener('beforeinput', onWindowBeforeInput);
  };
}
