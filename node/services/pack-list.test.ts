import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { makePackWorkspace } from './pack-workspace.testing';
import type { PackWorkspace } from './pack-workspace.testing';

const OUT_OF_HOURS = 'conversations/out-of-hours-message.flow.json';
const SALES = 'conversations/sales-auto-assignment.flow.json';

describe('the packs of the workspace, listed where import finds them', () => {
  let ws: PackWorkspace;
  beforeEach(async () => {
    ws = await makePackWorkspace();
  });
  afterEach(() => ws.remove());

  it('lists each pack export wrote with its name, creation time and flows, newest first', async () => {
    expect(await ws.call('pack:list', {})).toEqual({ packs: [], more: false });
    await ws.call('pack:exportWrite', { paths: [OUT_OF_HOURS], name: 'First', target: 'first.flowpack' });
    await ws.call('pack:exportWrite', { paths: [OUT_OF_HOURS, SALES], name: 'Support basics', target: 'shared/support.flowpack' });

    const { packs, more } = await ws.call('pack:list', {});
    expect(more).toBe(false);
    expect(packs.map((pack) => [pack.path, pack.name, pack.flows, pack.problem])).toEqual([
      ['shared/support.flowpack', 'Support basics', ['Out-of-hours message', 'Sales auto-assignment'], null],
      ['first.flowpack', 'First', ['Out-of-hours message'], null],
    ]);
    expect(Date.parse(packs[0]!.createdAt!)).toBeGreaterThan(Date.parse(packs[1]!.createdAt!));
  });

  it('lists a file that is not a readable pack with why, and never looks in the state folder', async () => {
    await writeFile(join(ws.folder, 'torn.flowpack'), '{"format": ');
    await mkdir(join(ws.folder, '.flowpack', 'reports'), { recursive: true });
    await writeFile(join(ws.folder, '.flowpack', 'reports', 'old.flowpack'), '{}');

    const { packs } = await ws.call('pack:list', {});
    expect(packs).toEqual([{ path: 'torn.flowpack', name: 'torn.flowpack', createdAt: null, flows: [], problem: expect.stringContaining('not a pack') }]);
  });
});
