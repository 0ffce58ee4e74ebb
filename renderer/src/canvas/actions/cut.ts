import { copySelection } from '../clipboard';
import type { ActionImplementation } from '../../actions/action';
import { withEditableDocument } from '../../actions/action';

/** Cut: the selected steps to the clipboard, removed from the flow. */
export const cut: ActionImplementation = {
  perform: ({ docId }) => {
    if (docId) copySelection(docId, { cut: true });
  },
  enabled: withEditableDocument,
};
