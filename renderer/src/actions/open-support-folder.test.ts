import { afterEach, describe, expect, it } from 'vitest';
import { fakeHostClient } from '../host/fake-host-client';
import { HostCallError } from '../host/host-call-error';
import { useUi } from '../ui/ui-store';
import { openSupportFolder } from './open-support-folder';

afterEach(() => {
  useUi.setState({ dialogs: [], notice: null });
});

describe('the Help menu\'s folders', () => {
  it('in the desktop app, asks the host to open the logs folder and says so, with no dialog in the way', async () => {
    const host = fakeHostClient({ 'support:openFolder': { opened: true, path: '/home/ana/.config/Flowpack Studio/logs' } });
    await openSupportFolder('logs', host.client);
    expect(host.calls).toEqual([{ name: 'support:openFolder', args: { folder: 'logs' } }]);
    expect(useUi.getState().dialogs).toEqual([]);
    expect(useUi.getState().notice).toMatchObject({ tone: 'info' });
  });

  it('in the browser host, which cannot open a folder, shows the folder\'s path instead', async () => {
    const host = fakeHostClient({ 'support:openFolder': { opened: false, path: '/home/ana/.local/share/flowpack-studio/logs' } });
    await openSupportFolder('logs', host.client);
    expect(useUi.getState().dialogs).toEqual([expect.objectContaining({ kind: 'supportFolder', folder: 'logs', path: '/home/ana/.local/share/flowpack-studio/logs' })]);
    expect(useUi.getState().notice).toBeNull();
  });

  it('tells what went wrong when the folder cannot be opened, rather than doing nothing', async () => {
    const host = fakeHostClient({
      'support:openFolder': () => {
        throw new HostCallError('NOT_FOUND', 'The documentation folder is missing from this installation.', 'support:openFolder');
      },
    });
    await openSupportFolder('documentation', host.client);
    expect(useUi.getState().notice).toMatchObject({ tone: 'error' });
    expect(useUi.getState().dialogs).toEqual([]);
  });
});
