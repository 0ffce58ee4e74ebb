import { autoLayout as arrange } from '../canvas/auto-layout';
import type { ActionImplementation } from './action';
import { withEditableDocument } from './action';

/** Auto layout: arranges the steps (in a worker; progress shows over the canvas). */
export const autoLayout: ActionImplementation = {
  perform: ({ docId }) => {
    if (docId) void arrange(docId);
  },
  enabled: withEditableDocument,
};
