import { saveCopyWithNativeDialog } from '../documents/save-copy-as';
import { useUi } from '../ui/ui-store';
import type { ActionImplementation } from './action';
import { withDocument } from './action';

/** Save as: the desktop app asks with its native Save dialog, the browser host with the app's own. */
export const saveAs: ActionImplementation = {
  perform: ({ docId }) => {
    if (!docId) return;
    const ui = useUi.getState();
    if (ui.host?.nativeDialogs) void saveCopyWithNativeDialog(docId);
    else ui.openDialog({ kind: 'saveAs', docId });
  },
  enabled: withDocument,
};
