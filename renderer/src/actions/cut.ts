import { copySelection } from '../canvas/clipboard';
import type { ActionImplementation } from './action';
import { withEditableDocument } from './action';

/** Cut: the selected steps to the clipboard, removed from the flow. */
export const cut: ActionImplementation = {
  perform: ({ docId }) => {
    if (docId) copySelection(docId, { cut: true });
  },
  enabled: withEditableDocument,
};
