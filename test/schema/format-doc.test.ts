import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { DIAGNOSTIC_CODES, diagnosticSchema } from '../../shared/format/diagnostic';
import { DIAGNOSTIC_CLASSES } from '../../shared/format/diagnostic-class';
import { REF_KINDS, entityRefSchema } from '../../shared/format/entity-ref';
import { catalogSnapshotSchema } from '../../shared/import/catalog-snapshot';
import { importDecisionsSchema } from '../../shared/import/import-decisions';
import { serializeFlow } from '../../shared/format/flow-file';
import { flowEdgeSchema, flowNodeSchema, flowSchema } from '../../shared/format/flow-schema';
import { JSON_SCHEMA_FILES } from '../../cli/json-schemas';
import { loadFlow } from '../../shared/validation/load-flow';
import { PROFILES } from '../../shared/format/profiles';
import { workspaceSchema } from '../../shared/format/workspace-schema';
import { packManifestSchema, packSchema } from '../../shared/pack/pack-schema';
import { readFlowTestFile, serializeFlowTestFile } from '../../shared/runtime/flow-test-file';
import { flowTestCaseSchema, flowTestFileSchema } from '../../shared/runtime/flow-test-schema';
import { REPO_ROOT } from './structure-fixtures';

/** docs/FORMAT.md is what third parties implement from; these tests keep it in step with the code. */
const doc = readFileSync(join(REPO_ROOT, 'docs/FORMAT.md'), 'utf8');

/** The text of the section under the heading `title` (any level), up to the next heading. */
function section(title: string): string {
  const start = doc.search(new RegExp(`^#+ ${title}$`, 'm'));
  if (start < 0) throw new Error(`docs/FORMAT.md has no section "${title}"`);
  const rest = doc.slice(start).split('\n').slice(1).join('\n');
  const end = rest.search(/^#+ /m);
  return end < 0 ? rest : rest.slice(0, end);
}

/** The first column of the first table after `after` in a section: the names a table lists, in order. */
function tableNames(text: string, after = ''): string[] {
  const from = text.indexOf(after);
  const lines = text.slice(from).split('\n');
  const first = lines.findIndex((line) => line.startsWith('|'));
  const rows = [];
  for (const line of lines.slice(first + 2)) {
    if (!line.startsWith('|')) break;
    rows.push(/^\|\s*`([^`]+)`/.exec(line)?.[1] ?? '');
  }
  return rows;
}

const jsonBlocks = [...doc.matchAll(/```json\n([\s\S]*?)```/g)].map((match) => match[1]!);

describe('docs/FORMAT.md', () => {
  it('shows an example flow that loads without any diagnostic and is already canonical', () => {
    const example = jsonBlocks.find((block) => block.includes('"flowpack.flow"'));
    expect(example, 'a flow example').toBeDefined();
    const loaded = loadFlow(JSON.parse(example!));
    expect(loaded.diagnostics).toEqual([]);
    expect(serializeFlow(loaded.flow!)).toBe(example);
  });

  it('shows an example reference that is a valid entity reference', () => {
    const example = jsonBlocks.find((block) => block.trimStart().startsWith('{ "$ref"'));
    expect(entityRefSchema.safeParse(JSON.parse(example!)).success).toBe(true);
  });

  it('lists the flow, node and edge fields in the order canonical files use', () => {
    expect(tableNames(section('Top-level fields'))).toEqual(Object.keys(flowSchema.shape));
    expect(tableNames(section('Nodes'))).toEqual(Object.keys(flowNodeSchema.shape));
    expect(tableNames(section('Edges'))).toEqual(Object.keys(flowEdgeSchema.shape));
  });

  it('lists the workspace, pack and manifest fields, and the diagnostic fields', () => {
    expect(tableNames(section('The workspace'))).toEqual(Object.keys(workspaceSchema.shape));
    expect(tableNames(section('The template pack'))).toEqual(Object.keys(packSchema.shape));
    expect(tableNames(section('The template pack'), '`manifest`:')).toEqual(Object.keys(packManifestSchema.shape));
    expect(tableNames(section('Diagnostics'))).toEqual(Object.keys(diagnosticSchema.shape));
  });

  it('lists the flow test file and test fields in canonical order, with an example that reads and is canonical', () => {
    expect(tableNames(section('Flow tests'))).toEqual(Object.keys(flowTestFileSchema.shape));
    expect(tableNames(section('A test'))).toEqual(Object.keys(flowTestCaseSchema.shape));
    const example = jsonBlocks.find((block) => block.includes('"flowpack.flowtest"'));
    const read = readFlowTestFile(example!);
    expect(read.ok ? [] : read.problem).toEqual([]);
    expect(read.ok && serializeFlowTestFile(read.file)).toBe(example);
  });

  it('lists the catalog snapshot, tenant and import decision fields, with examples both schemas accept', () => {
    expect(tableNames(section('The tenant catalog snapshot'))).toEqual(Object.keys(catalogSnapshotSchema.shape));
    expect(tableNames(section('The tenant catalog snapshot'), '`tenant`:')).toEqual(Object.keys(catalogSnapshotSchema.shape.tenant.shape));
    expect(tableNames(section('Import decisions'))).toEqual(Object.keys(importDecisionsSchema.shape));
    const catalog = jsonBlocks.find((block) => block.includes('"flowpack.catalog"'));
    expect(catalogSnapshotSchema.safeParse(JSON.parse(catalog!)).error?.issues ?? []).toEqual([]);
    const decisions = jsonBlocks.find((block) => block.includes('"entityId"'));
    expect(importDecisionsSchema.safeParse(JSON.parse(decisions!)).error?.issues ?? []).toEqual([]);
  });

  it('explains every diagnostic code, every reference kind and every profile', () => {
    expect(tableNames(section('Diagnostics'), 'Codes').sort()).toEqual([...DIAGNOSTIC_CODES].sort());
    expect(tableNames(section('Entity references'), 'Kinds:').sort()).toEqual([...REF_KINDS].sort());
    expect(tableNames(section('Profiles and kinds')).sort()).toEqual([...PROFILES].sort());
  });

  it('says for every error code whether it refuses an export or import or travels to be configured, as the product decides', () => {
    const documented = new Map<string, string>();
    for (const row of section('What refuses and what travels').split('\n').filter((line) => /^\| (to configure|unusable) \|/.test(line))) {
      const [, classCell, codes] = row.split('|');
      for (const [, code] of codes!.matchAll(/`([A-Z_]+)`/g)) documented.set(code!, classCell!.trim() === 'to configure' ? 'to-configure' : 'unusable');
    }
    const errorCodes = DIAGNOSTIC_CODES.filter((code) => DIAGNOSTIC_CLASSES[code] !== 'notice');
    expect(Object.fromEntries([...documented].sort())).toEqual(Object.fromEntries(errorCodes.map((code) => [code, DIAGNOSTIC_CLASSES[code]]).sort()));
  });

  it('names every generated JSON Schema file with its $id', () => {
    const rows = section('JSON Schemas');
    for (const entry of JSON_SCHEMA_FILES) expect(rows).toContain(`| \`schema/${entry.file}\` | \`${entry.id}\` |`);
  });
});
