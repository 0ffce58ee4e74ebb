import { autoLayout as arrange } from '../auto-layout';
import type { ActionImplementation } from '../../actions/action';
import { withEditableDocument } from '../../actions/action';

/** Auto layout: arranges the steps (in a worker; progress shows over the canvas). */
export const autoLayout: ActionImplementation = {
  perform: ({ docId }) => {
    if (docId) void arrange(docId);
  },
  enabled: withEditableDocument,
};
