import { useDocuments } from '../documents/documents-store';
import type { ActionImplementation } from './action';

/** Undo: takes back the document's newest step (a typing burst in a field is one step). */
export const undo: ActionImplementation = {
  perform: ({ docId }) => {
    if (docId) useDocuments.getState().undo(docId);
  },
  enabled: (doc) => doc?.canUndo === true,
};
