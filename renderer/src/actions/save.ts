import { saveDocument } from '../documents/document-files';
import type { ActionImplementation } from './action';
import { withEditableDocument } from './action';

/** Save: writes the document to its file; problems never block it. */
export const save: ActionImplementation = {
  perform: ({ docId }) => {
    if (docId) void saveDocument(docId);
  },
  enabled: withEditableDocument,
};
