import { messageOf } from '../../ui/message-of';
import { useUi } from '../../ui/ui-store';
import { translate } from '../../i18n/i18n';
import { useWorkspace } from '../workspace-store';
import type { ActionImplementation } from '../../actions/action';

/** Open workspace: the host asks for a folder (the desktop app's native dialog). */
export const openWorkspace: ActionImplementation = {
  perform: () =>
    useWorkspace
      .getState()
      .choose()
      .catch((error: unknown) => useUi.getState().notify(translate('notice.workspaceFailed', { message: messageOf(error) }), 'error')),
};
