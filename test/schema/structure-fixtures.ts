import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { JSON_SCHEMA_FILES } from '../../cli/json-schemas';
import type { JsonSchemaFile } from '../../cli/json-schemas';

/** The repository root, so tests run the same from any working directory. */
export const REPO_ROOT = fileURLToPath(new URL('../../', import.meta.url));
export const STRUCTURE_FIXTURES = join(REPO_ROOT, 'test/fixtures/structure');

/** One JSON document on disk and the schema its file name says it follows. */
export interface SchemaFixture {
  /** Path relative to the repository root, for test names. */
  name: string;
  entry: JsonSchemaFile;
  value: unknown;
}

/**
 * The schema a fixture follows, from its file name: `<case>.<schema>.json` follows
 * `<schema>.schema.json` (so `missing-id.flow.json` is checked as a flow document).
 */
export function schemaEntryFor(fileName: string): JsonSchemaFile {
  const match = /\.([a-z]+)\.json$/.exec(fileName);
  const entry = match && JSON_SCHEMA_FILES.find((candidate) => candidate.file === `${match[1]}.schema.json`);
  if (!entry) throw new Error(`${fileName}: name it <case>.<schema>.json after one of ${JSON_SCHEMA_FILES.map((e) => e.file).join(', ')}`);
  return entry;
}

/** Reads a JSON file the way the loader does: a leading BOM is accepted. */
export function readJson(path: string): unknown {
  return JSON.parse(readFileSync(path, 'utf8').replace(/^\uFEFF/, ''));
}

/** Every `*.json` fixture directly inside `test/fixtures/structure/<kind>`. */
export function structureFixtures(kind: 'valid' | 'invalid'): SchemaFixture[] {
  const folder = join(STRUCTURE_FIXTURES, kind);
  return readdirSync(folder)
    .filter((file) => file.endsWith('.json'))
    .sort()
    .map((file) => ({ name: `${kind}/${file}`, entry: schemaEntryFor(file), value: readJson(join(folder, file)) }));
}

/** The shipped example flows (`examples/**\/*.flow.json`); none until the examples land. */
export function exampleFlows(): SchemaFixture[] {
  const folder = join(REPO_ROOT, 'examples');
  if (!existsSync(folder)) return [];
  return readdirSync(folder, { recursive: true, encoding: 'utf8' })
    .filter((file) => file.endsWith('.flow.json'))
    .sort()
    .map((file) => {
      const path = join(folder, file);
      return { name: relative(REPO_ROOT, path), entry: schemaEntryFor(file), value: readJson(path) };
    });
}

/** The tenant catalog snapshots import planning is tested with (`test/fixtures/import/catalogs`). */
export function importCatalogs(): SchemaFixture[] {
  const folder = join(REPO_ROOT, 'test/fixtures/import/catalogs');
  return readdirSync(folder)
    .filter((file) => file.endsWith('.catalog.json'))
    .sort()
    .map((file) => ({ name: `test/fixtures/import/catalogs/${file}`, entry: schemaEntryFor(file), value: readJson(join(folder, file)) }));
}
