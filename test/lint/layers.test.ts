import { existsSync } from 'node:fs';
import { ESLint } from 'eslint';
import { describe, expect, it } from 'vitest';

const eslint = new ESLint({ cwd: new URL('../..', import.meta.url).pathname });

/** The layer-boundary errors ESLint reports for `code` placed at `file`. */
async function boundaryErrors(file: string, code: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath: file });
  return result!.messages.filter((m) => m.ruleId === 'no-restricted-imports' || m.ruleId === 'no-restricted-globals').map((m) => m.message);
}

describe('layer boundaries of docs/ARCHITECTURE.md are lint errors', () => {
  it.each([
    ['shared/x.ts', "import { readFileSync } from 'node:fs';\nexport const a = readFileSync;\n"],
    ['shared/x.ts', "import { join } from 'path';\nexport const a = join;\n"],
    ['shared/x.ts', "import { readFile } from 'fs/promises';\nexport const a = readFile;\n"],
    ['shared/x.ts', "import { app } from 'electron';\nexport const a = app;\n"],
    ['shared/x.ts', "import { run } from '../cli/main';\nexport const a = run;\n"],
    ['shared/x.ts', "import { x } from '../renderer/store';\nexport const a = x;\n"],
    ['shared/x.ts', 'export const a = () => document.title;\n'],
    ['shared/x.ts', 'export const a = () => window.location;\n'],
    ['renderer/x.ts', "import { readFileSync } from 'node:fs';\nexport const a = readFileSync;\n"],
    ['renderer/x.ts', "import { ipcRenderer } from 'electron';\nexport const a = ipcRenderer;\n"],
    ['cli/x.ts', "import { x } from '../server/app';\nexport const a = x;\n"],
    ['server/x.ts', "import { x } from '../electron/main';\nexport const a = x;\n"],
    ['electron/x.ts', "import { x } from '../renderer/store';\nexport const a = x;\n"],
  ])('%s: %s is refused', async (file, code) => {
    expect(await boundaryErrors(file, code)).not.toEqual([]);
  });

  it.each([
    ['shared/x.ts', "import { z } from 'zod';\nexport const a = z.string();\n"],
    // A folder of the project's own may share a Node module's name.
    ['shared/x.ts', "import { get } from './http/get';\nexport const a = get;\n"],
    ['cli/x.ts', "import { readFileSync } from 'node:fs';\nimport { validate } from '../shared/validation/validator';\nexport const a = [readFileSync, validate];\n"],
    ['electron/x.ts', "import { readFile } from 'node:fs/promises';\nexport const a = readFile;\n"],
  ])('%s: allowed imports pass', async (file, code) => {
    expect(await boundaryErrors(file, code)).toEqual([]);
  });

  // Inside shared/ the folders form layers: json -> format -> catalog -> validation -> templates -> runtime ->
  // pack -> import -> the tenant API -> sync -> host contracts; a lower one never reaches up.
  it.each([
    ['shared/format/x.ts', "import { validate } from '../validation/validator';\nexport const a = validate;\n"],
    ['shared/format/x.ts', "import { profileCatalog } from '../catalog/registry';\nexport const a = profileCatalog;\n"],
    ['shared/catalog/pipeline/steps/x.ts', "import { validate } from '../../../validation/validator';\nexport const a = validate;\n"],
    ['shared/validation/x.ts', "import { loadPack } from '../pack/load-pack';\nexport const a = loadPack;\n"],
    ['shared/pack/export/x.ts', "import { planImport } from '../../import/plan-import';\nexport const a = planImport;\n"],
    ['shared/tenant-api/x.ts', "import { decidePull } from '../sync/decide-pull';\nexport const a = decidePull;\n"],
    ['shared/json/x.ts', "import { x } from '../text/search-words';\nexport const a = x;\n"],
    ['shared/catalog/conversations/steps/x.run.ts', "import { Runner } from '../../../runtime/runner';\nexport const a = Runner;\n"],
    ['shared/runtime/x.ts', "import { loadPack } from '../pack/load-pack';\nexport const a = loadPack;\n"],
  ])('%s: %s reaches up a layer of shared/ and is refused', async (file, code) => {
    const errors = await boundaryErrors(file, code);
    expect(errors).toHaveLength(1);
    expect(errors[0]).toContain('docs/ARCHITECTURE.md');
  });

  it.each([
    ['shared/catalog/x.ts', "import { flowSchema } from '../format/flow-schema';\nexport const a = flowSchema;\n"],
    ['shared/import/x.ts', "import { loadPack } from '../pack/load-pack';\nimport { validate } from '../validation/validator';\nexport const a = [loadPack, validate];\n"],
    ['shared/sync/x.ts', "import type { FlowSummary } from '../tenant-api/flows';\nexport type A = FlowSummary;\n"],
    ['shared/host/x.ts', "import { planImport } from '../import/plan-import';\nexport const a = planImport;\n"],
    ['shared/runtime/x.ts', "import { behavioursOf } from '../catalog/behaviours';\nexport const a = behavioursOf;\n"],
    // A test may build its fixtures with a higher layer.
    ['shared/format/x.test.ts', "import { validate } from '../validation/validator';\nexport const a = validate;\n"],
  ])('%s: importing a lower layer of shared/ passes', async (file, code) => {
    expect(await boundaryErrors(file, code)).toEqual([]);
  });

  // A component calls its feature's actions module, which alone talks to the host client.
  it.each([
    ['renderer/src/packs/X.tsx', "import { hostClient } from '../host/host-client';\nexport const a = hostClient;\n"],
    ['renderer/src/canvas/properties/X.tsx', "import type { HostClient } from '../../host/host-client';\nexport type A = HostClient;\n"],
  ])('%s: a component importing the host client is refused', async (file, code) => {
    const errors = await boundaryErrors(file, code);
    expect(errors).toHaveLength(1);
    expect(errors[0]).toContain('actions module');
  });

  it.each([
    ['renderer/src/packs/pack-actions.ts', "import { hostClient } from '../host/host-client';\nexport const a = hostClient;\n"],
    ['renderer/src/packs/X.tsx', "import { packActions } from './pack-actions';\nimport { isHostError } from '../host/host-call-error';\nexport const a = [packActions, isHostError];\n"],
  ])('%s: an actions module may call the host, and a component its actions', async (file, code) => {
    expect(await boundaryErrors(file, code)).toEqual([]);
  });

  it('a refused import points to the document that draws the layers, which the repository holds', async () => {
    const [message] = await boundaryErrors('shared/x.ts', "import { x } from '../cli/main';\nexport const a = x;\n");
    expect(message).toContain('docs/ARCHITECTURE.md');
    expect(existsSync(new URL('../../docs/ARCHITECTURE.md', import.meta.url))).toBe(true);
  });
});
