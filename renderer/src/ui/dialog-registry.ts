import type { ComponentType } from 'react';
import type { AppDialog } from './ui-store';

/** The name of a dialog the UI store can be asked to open. */
export type DialogKind = AppDialog['kind'];

/** What a dialog of one kind is drawn with: the fields of its request, and how it closes itself. */
export type DialogProps<K extends DialogKind> = Omit<Extract<AppDialog, { kind: K }>, 'kind'> & { onClose: () => void };

/** Kind → the component that draws it; each feature registers the dialogs it owns. */
export type DialogComponents = { [K in DialogKind]?: ComponentType<DialogProps<K>> };

const registered: DialogComponents = {};

/**
 * Registers the dialogs a feature owns, by kind (usually `lazyComponent`s, so a dialog's code
 * loads on first use). The shell's dialog host draws whatever is registered, so it imports no
 * feature back and a new dialog is added in its own feature folder.
 */
export function registerDialogs(dialogs: DialogComponents): void {
  Object.assign(registered, dialogs);
}

/** The component registered for a kind, or undefined when no feature registered one. */
export function dialogComponent<K extends DialogKind>(kind: K): ComponentType<DialogProps<K>> | undefined {
  return registered[kind] as ComponentType<DialogProps<K>> | undefined;
}
