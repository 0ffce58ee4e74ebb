import { selectAll as selectEverything } from '../documents/document-actions';
import type { ActionImplementation } from './action';
import { withDocument } from './action';

/** Select all: every step and connection of the flow. */
export const selectAll: ActionImplementation = {
  perform: ({ docId }) => {
    if (docId) selectEverything(docId);
  },
  enabled: withDocument,
};
