import type { TFunction } from 'i18next';
import { actionNamed, keyLabel, keysOf } from '../../../shared/host/actions';
import { HOST_BRIDGE_GLOBAL } from '../../../shared/host/transport';
import type { ActionName, KeyPlatform } from '../../../shared/host/actions';
import { useDocuments } from '../documents/documents-store';
import type { OpenDocument } from '../documents/open-document';
import type { ActionContext, ActionImplementation } from './action';

// What each action does here. The features register theirs (the shell's action-registrations.ts
// gathers them, where a missing action fails to compile), so this module depends on none of them.
let implementations: Partial<Record<ActionName, ActionImplementation>> = {};

/** Sets what every action does; the shell calls it once at start with all of them. */
export function registerActions(all: Readonly<Record<ActionName, ActionImplementation>>): void {
  implementations = { ...all };
}

/**
 * Runs an action: what a native menu item sends ('app:command'), a button's click and a key
 * all come here, so the three always do the same thing. It acts on the given document, else
 * the active one; an action that cannot run now (nothing to undo, a read-only flow) does nothing.
 */
export function runAction(name: ActionName, context: Partial<ActionContext> = {}): Promise<unknown> | undefined {
  const documents = useDocuments.getState();
  const docId = context.docId ?? documents.activeId;
  const implementation = implementations[name];
  if (!implementation || !isActionEnabled(name, docId === null ? undefined : documents.docs[docId])) return undefined;
  return implementation.perform({ docId }) ?? undefined;
}

/** Whether an action can run for a document (buttons pass the document they subscribed to). */
export function isActionEnabled(name: ActionName, doc: OpenDocument | undefined): boolean {
  const implementation = implementations[name];
  return implementation !== undefined && (implementation.enabled?.(doc) ?? true);
}

/** The platform whose keys apply: macOS's (Cmd) or everyone else's (Ctrl), in the desktop app or a browser. */
export function keyPlatform(): KeyPlatform {
  if (typeof navigator === 'undefined') return 'other';
  const agent = navigator as Navigator & { userAgentData?: { platform?: string } };
  const platform = agent.userAgentData?.platform ?? navigator.platform;
  const os = /mac|iphone|ipad/i.test(platform) ? 'mac' : 'other';
  // Without the desktop app's bridge the page runs in a browser, which keeps some keys for itself.
  const inBrowser = (globalThis as Record<string, unknown>)[HOST_BRIDGE_GLOBAL] === undefined;
  return inBrowser ? `${os}-browser` : os;
}

/** An action's label in the UI's language. */
export function actionLabel(t: TFunction, name: ActionName): string {
  return t(actionNamed(name).label);
}

/** A button's hint: the action's label and its key on this platform ("Undo (Ctrl+Z)"). */
export function actionHint(t: TFunction, name: ActionName, platform: KeyPlatform = keyPlatform()): string {
  const key = keysOf(actionNamed(name), platform)[0];
  const label = actionLabel(t, name);
  return key === undefined ? label : t('shortcuts.hint', { label, keys: keyLabel(key, platform) });
}
