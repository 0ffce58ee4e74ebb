import { mkdir, rm, symlink, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { WorkspaceRoot } from './workspace-root';
import { expectHostError, workspaceBesideOutside } from './temp-workspace.testing';

describe('WorkspaceRoot.resolve', () => {
  let workspace: string;
  let outside: string;
  let remove: () => Promise<void>;
  let root: WorkspaceRoot;

  beforeEach(async () => {
    ({ workspace, outside, root, remove } = await workspaceBesideOutside());
  });
  afterEach(() => remove());

  it('turns a workspace path into an absolute path inside the folder, also for files not yet created', async () => {
    await mkdir(join(workspace, 'sales'));
    expect(await root.resolve('sales/new.flow.json')).toBe(join(root.real, 'sales', 'new.flow.json'));
    expect(await root.resolve('missing/deeper/new.flow.json')).toBe(join(root.real, 'missing', 'deeper', 'new.flow.json'));
  });

  it('refuses paths with "..", absolute paths and backslashes even when called directly', async () => {
    for (const path of ['../escape.flow.json', 'sales/../../escape.flow.json', '/etc/passwd', 'sales\\x.flow.json', './a']) {
      await expectHostError(root.resolve(path), 'INVALID_ARGS');
    }
  });

  it('refuses a symbolic link inside the workspace that points outside it, and files below such a link', async () => {
    await writeFile(join(outside, 'secret.flow.json'), '{}');
    await symlink(outside, join(workspace, 'escape'));
    await symlink(join(outside, 'secret.flow.json'), join(workspace, 'linked.flow.json'));
    const refused = await expectHostError(root.resolve('escape/secret.flow.json'), 'OUTSIDE_WORKSPACE');
    expect(refused.message).toContain('outside the workspace');
    await expectHostError(root.resolve('escape/new.flow.json'), 'OUTSIDE_WORKSPACE');
    await expectHostError(root.resolve('linked.flow.json'), 'OUTSIDE_WORKSPACE');
  });

  it('refuses a dangling symbolic link, since writing through it would create its target anywhere', async () => {
    await symlink(join(outside, 'not-yet.flow.json'), join(workspace, 'dangling.flow.json'));
    await expectHostError(root.resolve('dangling.flow.json'), 'OUTSIDE_WORKSPACE');
  });

  it('accepts a symbolic link that stays inside the workspace', async () => {
    await mkdir(join(workspace, 'real'));
    await symlink(join(workspace, 'real'), join(workspace, 'alias'));
    expect(await root.resolve('alias/a.flow.json')).toBe(join(root.real, 'alias', 'a.flow.json'));
  });

  it('keeps library calls out of .flowpack/, directly or through a link', async () => {
    await mkdir(join(workspace, '.flowpack', 'backups'), { recursive: true });
    await symlink(join(workspace, '.flowpack'), join(workspace, 'state'));
    await expectHostError(root.resolve('.flowpack/backups'), 'OUTSIDE_WORKSPACE');
    await expectHostError(root.resolve('state/backups'), 'OUTSIDE_WORKSPACE');
  });

  it('refuses the workspace folder itself unless the caller allows it', async () => {
    await expectHostError(root.resolve(''), 'INVALID_ARGS');
    expect(await root.resolve('', { allowRoot: true })).toBe(root.real);
  });
});

describe('WorkspaceRoot.statePath', () => {
  let workspace: string;
  let outside: string;
  let remove: () => Promise<void>;
  let root: WorkspaceRoot;

  beforeEach(async () => {
    ({ workspace, outside, root, remove } = await workspaceBesideOutside());
  });
  afterEach(() => remove());

  it('gives a path inside .flowpack/, also before the state folder exists', async () => {
    expect(await root.statePath('backups', 'sales', 'a.flow.json')).toBe(join(root.real, '.flowpack', 'backups', 'sales', 'a.flow.json'));
    await mkdir(join(workspace, '.flowpack', 'backups'), { recursive: true });
    expect(await root.statePath('backups', 'sales')).toBe(join(root.real, '.flowpack', 'backups', 'sales'));
  });

  it('refuses a linked state folder, sub-folder or file, naming it, wherever the link points', async () => {
    await symlink(outside, join(workspace, '.flowpack'));
    const linkedFolder = await expectHostError(root.statePath('trash'), 'OUTSIDE_WORKSPACE');
    expect(linkedFolder.message).toContain('".flowpack"');
    await rm(join(workspace, '.flowpack'));

    await mkdir(join(workspace, '.flowpack', 'backups'), { recursive: true });
    await mkdir(join(workspace, 'inside'));
    // A link that stays inside the workspace is refused too: the state is never reached through a link.
    await symlink(join(workspace, 'inside'), join(workspace, '.flowpack', 'backups', 'sales'));
    const linkedSub = await expectHostError(root.statePath('backups', 'sales', 'a.flow.json'), 'OUTSIDE_WORKSPACE');
    expect(linkedSub.message).toContain('".flowpack/backups/sales"');

    await writeFile(join(outside, 'sync.json'), '{}');
    await symlink(join(outside, 'sync.json'), join(workspace, '.flowpack', 'sync.json'));
    const linkedFile = await expectHostError(root.statePath('sync.json'), 'OUTSIDE_WORKSPACE');
    expect(linkedFile.message).toContain('".flowpack/sync.json"');
  });
});

