import { useDocuments } from '../documents/documents-store';
import type { ActionImplementation } from './action';

/** Redo: makes the newest undone step again. */
export const redo: ActionImplementation = {
  perform: ({ docId }) => {
    if (docId) useDocuments.getState().redo(docId);
  },
  enabled: (doc) => doc?.canRedo === true,
};
