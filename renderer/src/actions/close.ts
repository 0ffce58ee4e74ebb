import { requestClose } from '../documents/document-files';
import type { ActionImplementation } from './action';
import { withDocument } from './action';

/** Close: closes the document's tab, asking first when it has unsaved changes. */
export const close: ActionImplementation = {
  perform: ({ docId }) => {
    if (docId) requestClose(docId);
  },
  enabled: withDocument,
};
