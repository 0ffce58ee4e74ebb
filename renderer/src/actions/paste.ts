import { pasteFromClipboard } from '../canvas/clipboard';
import type { ActionImplementation } from './action';
import { withEditableDocument } from './action';

/** Paste: steps from the clipboard into the flow. */
export const paste: ActionImplementation = {
  perform: ({ docId }) => {
    if (docId) void pasteFromClipboard(docId);
  },
  enabled: withEditableDocument,
};
