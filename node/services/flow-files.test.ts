import { chmod, mkdir, readFile, readdir, stat, symlink, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { loadFlow } from '../../shared/validation/load-flow';
import { BACKUPS_KEPT, listBackups } from './flow-backups';
import { createFlowFileHandlers } from './flow-files';
import type { FlowFileHandlers } from './flow-files';
import { revisionOf } from './revision';
import { expectHostError, flowText, makeTempFolder, steppingClock } from './temp-workspace.testing';
import { WorkspaceRoot } from './workspace-root';

describe('flow files', () => {
  let workspace: string;
  let remove: () => Promise<void>;
  let root: WorkspaceRoot;
  let files: FlowFileHandlers;

  beforeEach(async () => {
    ({ folder: workspace, remove } = await makeTempFolder());
    root = new WorkspaceRoot(workspace);
    files = createFlowFileHandlers(root, steppingClock());
  });
  afterEach(() => remove());

  it('reads a flow with the SHA-256 of its bytes as its revision', async () => {
    const text = flowText('Welcome');
    await writeFile(join(workspace, 'welcome.flow.json'), text);
    const read = await files['flow:read']({ path: 'welcome.flow.json' });
    expect(read).toEqual({ path: 'welcome.flow.json', text, revision: revisionOf(Buffer.from(text)), diagnostics: [] });
    expect(read.revision).toMatch(/^[0-9a-f]{64}$/);
  });

  it('reads a flow with what loading it finds, as the editor would, so the editor need not validate it again', async () => {
    const flow = { ...JSON.parse(flowText('Broken')), edges: [{ id: 'e1', source: 'trigger', sourcePort: 'next', target: 'nowhere' }] };
    await writeFile(join(workspace, 'broken.flow.json'), JSON.stringify(flow));
    const read = await files['flow:read']({ path: 'broken.flow.json' });
    expect(read.diagnostics).toEqual(loadFlow(flow).diagnostics);
    expect(read.diagnostics).toContainEqual(expect.objectContaining({ code: 'EDGE_DANGLING', severity: 'error' }));

    await writeFile(join(workspace, 'future.flow.json'), JSON.stringify({ ...flow, version: 99 }));
    expect((await files['flow:read']({ path: 'future.flow.json' })).diagnostics).toContainEqual(expect.objectContaining({ code: 'FORMAT_TOO_NEW' }));
    // Text that is not JSON: the editor opens it read-only and says why itself.
    await writeFile(join(workspace, 'torn.flow.json'), '{"format": ');
    expect((await files['flow:read']({ path: 'torn.flow.json' })).diagnostics).toEqual([]);
    // A pack beside the flows is not a flow: nothing is validated.
    await writeFile(join(workspace, 'course.flowpack'), '{}');
    expect((await files['flow:read']({ path: 'course.flowpack' })).diagnostics).toBeNull();
  });

  it('says NOT_FOUND for a file that is not there', async () => {
    await expectHostError(files['flow:read']({ path: 'missing.flow.json' }), 'NOT_FOUND');
  });

  it('creates a new file (and its folders) when the base revision is null, returning the new revision', async () => {
    const text = flowText('New');
    const { revision } = await files['flow:write']({ path: 'sales/emea/new.flow.json', text, baseRevision: null });
    expect(await readFile(join(workspace, 'sales/emea/new.flow.json'), 'utf8')).toBe(text);
    expect(revision).toBe((await files['flow:read']({ path: 'sales/emea/new.flow.json' })).revision);
  });

  it('refuses to create a file that already exists (EXISTS), leaving it untouched', async () => {
    await writeFile(join(workspace, 'taken.flow.json'), 'theirs');
    await expectHostError(files['flow:write']({ path: 'taken.flow.json', text: 'mine', baseRevision: null }), 'EXISTS');
    expect(await readFile(join(workspace, 'taken.flow.json'), 'utf8')).toBe('theirs');
  });

  it('saves over the revision it read, and the next save builds on the returned revision', async () => {
    const first = await files['flow:write']({ path: 'a.flow.json', text: flowText('One'), baseRevision: null });
    const second = await files['flow:write']({ path: 'a.flow.json', text: flowText('Two'), baseRevision: first.revision });
    await files['flow:write']({ path: 'a.flow.json', text: flowText('Three'), baseRevision: second.revision });
    expect(await readFile(join(workspace, 'a.flow.json'), 'utf8')).toBe(flowText('Three'));
  });

  it('refuses with CONFLICT a save over a file someone changed on disk since it was read, keeping their change', async () => {
    const { revision } = await files['flow:write']({ path: 'a.flow.json', text: flowText('Mine'), baseRevision: null });
    await writeFile(join(workspace, 'a.flow.json'), flowText('Theirs'));
    const conflict = await expectHostError(files['flow:write']({ path: 'a.flow.json', text: flowText('Mine again'), baseRevision: revision }), 'CONFLICT');
    expect(conflict.message).toContain('changed on disk since it was opened');
    expect(await readFile(join(workspace, 'a.flow.json'), 'utf8')).toBe(flowText('Theirs'));
  });

  it('refuses with CONFLICT a save over a file that was deleted since it was read', async () => {
    await expectHostError(files['flow:write']({ path: 'gone.flow.json', text: flowText(), baseRevision: 'abc' }), 'CONFLICT');
  });

  it('lets only one of two simultaneous saves from the same revision through', async () => {
    const { revision } = await files['flow:write']({ path: 'a.flow.json', text: flowText('Base'), baseRevision: null });
    const results = await Promise.allSettled([
      files['flow:write']({ path: 'a.flow.json', text: flowText('Left'), baseRevision: revision }),
      files['flow:write']({ path: 'a.flow.json', text: flowText('Right'), baseRevision: revision }),
    ]);
    expect(results.map((r) => r.status).sort()).toEqual(['fulfilled', 'rejected']);
  });

  it('saves a flow full of validation errors, and text that is not even JSON: validation never blocks a save', async () => {
    await files['flow:write']({ path: 'broken.flow.json', text: '{"format": "flowpack.flow", "nodes": 3}', baseRevision: null });
    await files['flow:write']({ path: 'half.flow.json', text: '{ "name": ', baseRevision: null });
    expect(await readFile(join(workspace, 'half.flow.json'), 'utf8')).toBe('{ "name": ');
  });

  it('writes atomically: no temporary file is left beside the saved file', async () => {
    const { revision } = await files['flow:write']({ path: 'sales/a.flow.json', text: flowText('One'), baseRevision: null });
    await files['flow:write']({ path: 'sales/a.flow.json', text: flowText('Two'), baseRevision: revision });
    expect(await readdir(join(workspace, 'sales'))).toEqual(['a.flow.json']);
  });

  it('keeps the replaced content as a backup under .flowpack/backups/<path>/', async () => {
    const one = await files['flow:write']({ path: 'sales/a.flow.json', text: flowText('One'), baseRevision: null });
    await files['flow:write']({ path: 'sales/a.flow.json', text: flowText('Two'), baseRevision: one.revision });
    const backups = await listBackups(root, 'sales/a.flow.json');
    expect(backups).toHaveLength(1);
    expect(backups[0]).toMatch(/^\d{4}-\d\d-\d\dT\d\d-\d\d-\d\d\.\d{3}Z\.flow\.json$/);
    const kept = await readFile(join(workspace, '.flowpack/backups/sales/a.flow.json', backups[0]!), 'utf8');
    expect(kept).toBe(flowText('One'));
  });

  it(`keeps only the last ${BACKUPS_KEPT} backups of a file, dropping the oldest`, async () => {
    let { revision } = await files['flow:write']({ path: 'a.flow.json', text: flowText('Version 0'), baseRevision: null });
    for (let version = 1; version <= 14; version++) {
      ({ revision } = await files['flow:write']({ path: 'a.flow.json', text: flowText(`Version ${version}`), baseRevision: revision }));
    }
    const backups = await listBackups(root, 'a.flow.json');
    expect(backups).toHaveLength(BACKUPS_KEPT);
    const texts = await Promise.all(backups.map((name) => readFile(join(workspace, '.flowpack/backups/a.flow.json', name), 'utf8')));
    // Versions 0-13 were replaced; the newest ten of them (4-13) are kept, oldest first.
    expect(texts).toEqual(Array.from({ length: 10 }, (_, i) => flowText(`Version ${i + 4}`)));
  });

  it('refuses to save through a backup folder that links outside the workspace, and deletes nothing there', async () => {
    // A workspace from git or a zip may carry a link where its backups go: rotating backups there would delete someone's files.
    const { folder: outside, remove: removeOutside } = await makeTempFolder('flowpack-outside-');
    try {
      const theirs = Array.from({ length: 15 }, (_, i) => `2024-01-${String(i + 1).padStart(2, '0')}T00-00-00.000Z.flow.json`);
      for (const name of theirs) await writeFile(join(outside, name), 'not yours');
      let { revision } = await files['flow:write']({ path: 'sales/a.flow.json', text: flowText('Version 0'), baseRevision: null });
      await mkdir(join(workspace, '.flowpack', 'backups', 'sales'), { recursive: true });
      await symlink(outside, join(workspace, '.flowpack', 'backups', 'sales', 'a.flow.json'));
      for (let version = 1; version <= 12; version++) {
        const refused = await expectHostError(files['flow:write']({ path: 'sales/a.flow.json', text: flowText(`Version ${version}`), baseRevision: revision }), 'OUTSIDE_WORKSPACE');
        expect(refused.message).toContain('".flowpack/backups/sales/a.flow.json"');
        expect(refused.message).toContain('symbolic link');
      }
      expect((await readdir(outside)).sort()).toEqual(theirs);
      // Refused as a whole: the flow keeps its content rather than losing its earlier version.
      ({ revision } = await files['flow:read']({ path: 'sales/a.flow.json' }));
      expect(revision).toBe(revisionOf(Buffer.from(flowText('Version 0'))));
    } finally {
      await removeOutside();
    }
  });

  it.skipIf(process.platform === 'win32')('keeps a private flow private: a 0600 flow stays 0600 after a save, and so does its backup', async () => {
    const { revision } = await files['flow:write']({ path: 'a.flow.json', text: flowText('One'), baseRevision: null });
    await chmod(join(workspace, 'a.flow.json'), 0o600);
    await files['flow:write']({ path: 'a.flow.json', text: flowText('Two'), baseRevision: revision });
    expect((await stat(join(workspace, 'a.flow.json'))).mode & 0o777).toBe(0o600);
    const [backup] = await listBackups(root, 'a.flow.json');
    expect((await stat(join(workspace, '.flowpack/backups/a.flow.json', backup!))).mode & 0o777).toBe(0o600);
  });

  it('keeps two backups made within the same millisecond apart', async () => {
    const frozen = createFlowFileHandlers(root, () => new Date('2025-01-01T00:00:00.000Z'));
    let { revision } = await frozen['flow:write']({ path: 'a.flow.json', text: 'one', baseRevision: null });
    ({ revision } = await frozen['flow:write']({ path: 'a.flow.json', text: 'two', baseRevision: revision }));
    await frozen['flow:write']({ path: 'a.flow.json', text: 'three', baseRevision: revision });
    expect(await listBackups(root, 'a.flow.json')).toEqual(['2025-01-01T00-00-00.000Z.flow.json', '2025-01-01T00-00-00.000Z~1.flow.json']);
  });

  it('does not spend a backup on a save that changes nothing', async () => {
    const { revision } = await files['flow:write']({ path: 'a.flow.json', text: flowText(), baseRevision: null });
    expect((await files['flow:write']({ path: 'a.flow.json', text: flowText(), baseRevision: revision })).revision).toBe(revision);
    expect(await listBackups(root, 'a.flow.json')).toEqual([]);
  });

  it('only saves documents named like flows or packs, never other files of the workspace', async () => {
    await expectHostError(files['flow:write']({ path: 'flowpack.workspace.json', text: '{}', baseRevision: null }), 'INVALID_ARGS');
    await expectHostError(files['flow:write']({ path: 'script.sh', text: 'rm -rf ~', baseRevision: null }), 'INVALID_ARGS');
  });

  it('refuses reading or writing a folder as if it were a flow', async () => {
    await mkdir(join(workspace, 'odd.flow.json'));
    await expectHostError(files['flow:read']({ path: 'odd.flow.json' }), 'INVALID_ARGS');
  });
});
