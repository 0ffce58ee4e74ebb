import { chmod, readFile, stat, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { listBackups } from './flow-backups';
import { replaceFile } from './flow-file-writes';
import { flowText, makeTempFolder } from './temp-workspace.testing';
import { WorkspaceRoot } from './workspace-root';

describe('replacing a flow that arrived from a pack or a tenant', () => {
  let workspace: string;
  let remove: () => Promise<void>;
  let root: WorkspaceRoot;

  beforeEach(async () => {
    ({ folder: workspace, remove } = await makeTempFolder());
    root = new WorkspaceRoot(workspace);
  });
  afterEach(() => remove());

  it.skipIf(process.platform === 'win32')('keeps a 0600 flow 0600, and its backup too', async () => {
    await writeFile(join(workspace, 'a.flow.json'), flowText('Mine'));
    await chmod(join(workspace, 'a.flow.json'), 0o600);
    await replaceFile(root, 'a.flow.json', flowText('Theirs'), new Date('2025-01-01T00:00:00.000Z'));
    expect(await readFile(join(workspace, 'a.flow.json'), 'utf8')).toBe(flowText('Theirs'));
    expect((await stat(join(workspace, 'a.flow.json'))).mode & 0o777).toBe(0o600);
    const [backup] = await listBackups(root, 'a.flow.json');
    expect((await stat(join(workspace, '.flowpack/backups/a.flow.json', backup!))).mode & 0o777).toBe(0o600);
  });
});
