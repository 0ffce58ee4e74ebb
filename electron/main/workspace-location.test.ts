import { mkdir, mkdtemp, realpath, rm, symlink, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { chooseStartupWorkspace, findWorkspaceRoot, workspacePathOf } from './workspace-location';

let base: string;
let team: string;
let loose: string;
let remembered: string;

beforeAll(async () => {
  base = await realpath(await mkdtemp(join(tmpdir(), 'flowpack-location-')));
  // team/ is a workspace with a settings file and nested folders; loose/ is just a folder of flows.
  team = join(base, 'team');
  await mkdir(join(team, 'sales', 'emea'), { recursive: true });
  await writeFile(join(team, 'flowpack.workspace.json'), '{}');
  await writeFile(join(team, 'sales', 'emea', 'welcome.flow.json'), '{}');
  loose = join(base, 'loose');
  await mkdir(loose);
  await writeFile(join(loose, 'quick.flow.json'), '{}');
  remembered = join(base, 'remembered');
  await mkdir(remembered);
  await symlink(team, join(base, 'team-link'));
});

afterAll(() => rm(base, { recursive: true, force: true }));

const noFallback = async () => {
  throw new Error('the fallback should not be needed');
};

describe('which workspace a file belongs to', () => {
  it('is the nearest folder above it with a workspace file', async () => {
    expect(await findWorkspaceRoot(join(team, 'sales', 'emea'))).toBe(team);
  });

  it('is the file\'s own folder when no workspace file is found', async () => {
    expect(await findWorkspaceRoot(loose)).toBe(loose);
  });
});

describe('workspace paths of files on disk', () => {
  it('are relative with forward slashes, through symbolic links too', async () => {
    expect(await workspacePathOf(team, join(team, 'sales', 'emea', 'welcome.flow.json'))).toBe('sales/emea/welcome.flow.json');
    expect(await workspacePathOf(join(base, 'team-link'), join(team, 'sales', 'emea', 'welcome.flow.json'))).toBe('sales/emea/welcome.flow.json');
  });

  it('do not exist for files outside the workspace, the workspace itself or its state folder', async () => {
    expect(await workspacePathOf(team, join(loose, 'quick.flow.json'))).toBeNull();
    expect(await workspacePathOf(team, team)).toBeNull();
    expect(await workspacePathOf(team, join(team, '.flowpack', 'trash', 'old.flow.json'))).toBeNull();
  });
});

describe('the workspace opened at start', () => {
  it('is the one asked for with --workspace', async () => {
    expect(await chooseStartupWorkspace({ workspace: loose, files: [] }, remembered, noFallback)).toEqual({ root: loose, openFiles: [] });
  });

  it('is the opened file\'s workspace, with the file to open, when the file is not in the remembered one', async () => {
    const file = join(team, 'sales', 'emea', 'welcome.flow.json');
    expect(await chooseStartupWorkspace({ workspace: null, files: [file] }, remembered, noFallback)).toEqual({
      root: team,
      openFiles: ['sales/emea/welcome.flow.json'],
    });
  });

  it('stays the remembered workspace when the opened file lies inside it', async () => {
    const file = join(team, 'sales', 'emea', 'welcome.flow.json');
    expect(await chooseStartupWorkspace({ workspace: null, files: [file] }, team, noFallback)).toEqual({ root: team, openFiles: ['sales/emea/welcome.flow.json'] });
  });

  it('is the remembered workspace, and the fallback once that folder is gone', async () => {
    expect((await chooseStartupWorkspace({ workspace: null, files: [] }, remembered, noFallback)).root).toBe(remembered);
    const fallback = async () => loose;
    expect((await chooseStartupWorkspace({ workspace: null, files: [] }, join(base, 'deleted'), fallback)).root).toBe(loose);
    expect((await chooseStartupWorkspace({ workspace: join(base, 'deleted'), files: [] }, undefined, fallback)).root).toBe(loose);
  });
});
