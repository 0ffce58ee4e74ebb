import type { SupportFolder } from '../../../shared/host/support-calls';
import { hostClient } from '../host/host-client';
import type { HostClient } from '../host/host-client';
import { translate } from '../i18n/i18n';
import { messageOf } from '../ui/message-of';
import { useUi } from '../ui/ui-store';
import type { ActionImplementation } from './action';

/**
 * Opens one of the Help menu's folders. The desktop app opens it in the file manager and a notice
 * says so; the browser host cannot (a page has no file manager), so a dialog shows its path.
 */
export async function openSupportFolder(folder: SupportFolder, client: HostClient = hostClient): Promise<void> {
  const ui = useUi.getState();
  try {
    const { opened, path } = await client.call('support:openFolder', { folder });
    if (opened) ui.notify(translate(`help.${folder}.opened`));
    else ui.openDialog({ kind: 'supportFolder', folder, path });
  } catch (error) {
    ui.notify(messageOf(error), 'error');
  }
}

/** Help > Documentation: the documentation that ships with the app, readable offline. */
export const openDocumentation: ActionImplementation = {
  perform: () => openSupportFolder('documentation'),
};

/** Help > Open logs folder: the support log's files, to attach to a support request. */
export const openLogsFolder: ActionImplementation = {
  perform: () => openSupportFolder('logs'),
};
