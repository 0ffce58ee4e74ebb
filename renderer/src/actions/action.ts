import type { OpenDocument } from '../documents/open-document';

/** What an action runs on: the document it acts on (the active one, or the canvas's own), if any. */
export interface ActionContext {
  docId: string | null;
}

/**
 * What the renderer adds to an action of the registry (shared/host/actions.ts): what it does
 * and when it can. `perform` returns a promise when the view moves (zoom, fit), settled once it
 * has stopped, so a key can give the focus back to the step it came from.
 */
export interface ActionImplementation {
  perform: (context: ActionContext) => Promise<unknown> | void;
  /** Whether the action can run for this document; absent means always. Buttons are disabled when not. */
  enabled?: (doc: OpenDocument | undefined) => boolean;
}

/** Enabled while a document is open. */
export const withDocument = (doc: OpenDocument | undefined): boolean => doc !== undefined;

/** Enabled while an open document may be edited. */
export const withEditableDocument = (doc: OpenDocument | undefined): boolean => doc !== undefined && doc.readOnlyReason === null;
