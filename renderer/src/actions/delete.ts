import { deleteSelection } from '../documents/document-actions';
import type { ActionImplementation } from './action';
import { withEditableDocument } from './action';

/** Delete: removes the selection (a key on the canvas removes the focused step instead, see use-canvas-keys). */
export const deleteAction: ActionImplementation = {
  perform: ({ docId }) => {
    if (docId) deleteSelection(docId);
  },
  enabled: withEditableDocument,
};
