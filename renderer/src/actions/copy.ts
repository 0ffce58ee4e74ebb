import { copySelection } from '../canvas/clipboard';
import type { ActionImplementation } from './action';
import { withDocument } from './action';

/** Copy: the selected steps to the clipboard. */
export const copy: ActionImplementation = {
  perform: ({ docId }) => {
    if (docId) copySelection(docId);
  },
  enabled: withDocument,
};
