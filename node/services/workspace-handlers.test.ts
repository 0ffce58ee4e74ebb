import { symlink, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { HostEvent, HostHandlers, HostResponse } from '../../shared/host/contract';
import { dispatchHostCall } from '../../shared/host/dispatch';
import { HostError } from '../../shared/host/host-error';
import { createWorkspaceHandlers } from './workspace-handlers';
import { flowText, makeTempFolder } from './temp-workspace.testing';

describe('createWorkspaceHandlers through the host contract', () => {
  let workspace: string;
  let cleanups: (() => Promise<void>)[];
  let close: () => void;
  let events: HostEvent<'workspace:changed'>[];
  let call: (name: string, args: unknown) => Promise<HostResponse<unknown>>;

  beforeEach(async () => {
    const temp = await makeTempFolder();
    const appData = await makeTempFolder('flowpack-appdata-');
    workspace = temp.folder;
    cleanups = [temp.remove, appData.remove];
    events = [];
    const service = createWorkspaceHandlers({
      root: workspace,
      appDataDir: appData.folder,
      builtinTemplates: () => [],
      emit: (event, payload) => {
        if (event === 'workspace:changed') events.push(payload as HostEvent<'workspace:changed'>);
      },
    });
    close = service.close;
    const notHere = () => Promise.reject(new HostError('NOT_SUPPORTED', 'not in this test'));
    const handlers: HostHandlers = { ...service.handlers, 'app:info': notHere, 'workspace:choose': notHere, 'shell:openExternal': notHere, 'shell:showInFolder': notHere, 'support:openFolder': notHere };
    call = (name, args) => dispatchHostCall(handlers, name, args);
  });
  afterEach(async () => {
    close();
    for (const remove of cleanups) await remove();
  });

  it('creates, lists, reads and saves a flow the way the editor does', async () => {
    const created = await call('flow:write', { path: 'sales/welcome.flow.json', text: flowText('Welcome'), baseRevision: null });
    expect(created).toMatchObject({ ok: true });
    const snapshot = await call('workspace:get', {});
    expect(snapshot).toMatchObject({ ok: true, result: { entries: [{ kind: 'folder', path: 'sales' }, { kind: 'flow', path: 'sales/welcome.flow.json', summary: { name: 'Welcome', errors: 0 } }] } });
    const read = await call('flow:read', { path: 'sales/welcome.flow.json' });
    if (!read.ok) throw new Error(read.error.message);
    const { revision } = read.result as { revision: string };
    expect(await call('flow:write', { path: 'sales/welcome.flow.json', text: flowText('Welcome v2'), baseRevision: revision })).toMatchObject({ ok: true });
  });

  it('refuses a path with ".." before any handler runs', async () => {
    for (const [name, args] of [
      ['flow:read', { path: '../outside.flow.json' }],
      ['flow:write', { path: 'a/../../b.flow.json', text: '', baseRevision: null }],
      ['workspace:move', { from: 'a.flow.json', to: '../a.flow.json' }],
      ['workspace:trash', { paths: ['/etc/passwd'] }],
    ] as const) {
      expect(await call(name, args)).toMatchObject({ ok: false, error: { code: 'INVALID_ARGS' } });
    }
  });

  it('answers OUTSIDE_WORKSPACE for a symbolic link leading out of the workspace', async () => {
    const outside = await makeTempFolder('flowpack-outside-');
    cleanups.push(outside.remove);
    await writeFile(join(outside.folder, 'secret.flow.json'), 'secret');
    await symlink(outside.folder, join(workspace, 'escape'));
    expect(await call('flow:read', { path: 'escape/secret.flow.json' })).toMatchObject({ ok: false, error: { code: 'OUTSIDE_WORKSPACE' } });
    expect(await call('flow:write', { path: 'escape/new.flow.json', text: 'x', baseRevision: null })).toMatchObject({ ok: false, error: { code: 'OUTSIDE_WORKSPACE' } });
  });

  it('emits workspace:changed when another program writes a flow, and the next save of the stale revision is a CONFLICT', async () => {
    const created = await call('flow:write', { path: 'a.flow.json', text: flowText('Mine'), baseRevision: null });
    if (!created.ok) throw new Error(created.error.message);
    const { revision } = created.result as { revision: string };
    await new Promise((resolve) => setTimeout(resolve, 300));
    events.length = 0;

    await writeFile(join(workspace, 'a.flow.json'), flowText('Theirs'));
    await expect.poll(() => events.flatMap((e) => e.paths)).toContain('a.flow.json');

    const stale = await call('flow:write', { path: 'a.flow.json', text: flowText('Mine, edited'), baseRevision: revision });
    expect(stale).toMatchObject({ ok: false, error: { code: 'CONFLICT' } });
  });

  it('stops emitting after close()', async () => {
    close();
    await writeFile(join(workspace, 'later.flow.json'), flowText());
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(events).toEqual([]);
  });
});
