import { duplicateSelection } from '../documents/document-actions';
import type { ActionImplementation } from './action';
import { withEditableDocument } from './action';

/** Duplicate: a copy of the selected steps beside them. */
export const duplicate: ActionImplementation = {
  perform: ({ docId }) => {
    if (docId) duplicateSelection(docId);
  },
  enabled: withEditableDocument,
};
