import { pasteFromClipboard } from '../clipboard';
import type { ActionImplementation } from '../../actions/action';
import { withEditableDocument } from '../../actions/action';

/** Paste: steps from the clipboard into the flow. */
export const paste: ActionImplementation = {
  perform: ({ docId }) => {
    if (docId) void pasteFromClipboard(docId);
  },
  enabled: withEditableDocument,
};
