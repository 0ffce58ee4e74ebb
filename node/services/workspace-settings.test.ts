import { readFile, writeFile } from 'node:fs/promises';
import { basename, join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createWorkspaceHandlers } from './workspace-handlers';
import type { WorkspaceHandlers } from './workspace-handlers';
import { expectHostError, makeTempFolder } from './temp-workspace.testing';

const FIRST = '11111111-1111-4111-8111-111111111111';
const SECOND = '22222222-2222-4222-8222-222222222222';

describe('workspace:setPriority', () => {
  let workspace: string;
  let remove: () => Promise<void>;
  let handlers: WorkspaceHandlers;
  let close: () => void;
  const settingsFile = () => join(workspace, 'flowpack.workspace.json');

  beforeEach(async () => {
    ({ folder: workspace, remove } = await makeTempFolder());
    ({ handlers, close } = createWorkspaceHandlers({ root: workspace, appDataDir: workspace, builtinTemplates: () => [], emit: () => {}, watch: false }));
  });
  afterEach(async () => {
    close();
    await remove();
  });

  it('creates flowpack.workspace.json on first need, canonically (schema key order, two spaces, final newline)', async () => {
    await handlers['workspace:setPriority']({ ids: [SECOND, FIRST] });
    const expected = {
      format: 'flowpack.workspace',
      version: 1,
      name: basename(workspace),
      description: '',
      priority: [SECOND, FIRST],
      extensions: {},
    };
    expect(await readFile(settingsFile(), 'utf8')).toBe(JSON.stringify(expected, null, 2) + '\n');
    expect((await handlers['workspace:get']({})).settings.priority).toEqual([SECOND, FIRST]);
  });

  it('keeps every other setting of an existing file, including extension data', async () => {
    const existing = { extensions: { other: { tool: true } }, name: 'Client work', version: 1, format: 'flowpack.workspace', defaultProfile: 'journeys' };
    await writeFile(settingsFile(), JSON.stringify(existing));
    await handlers['workspace:setPriority']({ ids: [FIRST] });
    const written = await readFile(settingsFile(), 'utf8');
    expect(JSON.parse(written)).toEqual({ ...existing, description: '', priority: [FIRST] });
    expect(Object.keys(JSON.parse(written))).toEqual(['format', 'version', 'name', 'description', 'defaultProfile', 'priority', 'extensions']);
  });

  it('refuses to replace a workspace file it cannot read, so nothing in it is lost', async () => {
    await writeFile(settingsFile(), '{ "format": "flowpack.workspace", "name": ');
    await expectHostError(handlers['workspace:setPriority']({ ids: [FIRST] }), 'IO');
    expect(await readFile(settingsFile(), 'utf8')).toBe('{ "format": "flowpack.workspace", "name": ');
  });
});
