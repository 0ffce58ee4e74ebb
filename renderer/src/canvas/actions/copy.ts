import { copySelection } from '../clipboard';
import type { ActionImplementation } from '../../actions/action';
import { withDocument } from '../../actions/action';

/** Copy: the selected steps to the clipboard. */
export const copy: ActionImplementation = {
  perform: ({ docId }) => {
    if (docId) copySelection(docId);
  },
  enabled: withDocument,
};
