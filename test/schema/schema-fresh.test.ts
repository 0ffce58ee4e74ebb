import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { renderJsonSchemas } from '../../cli/json-schemas';
import { REPO_ROOT } from './structure-fixtures';

const SCHEMA_DIR = join(REPO_ROOT, 'schema');
const REGENERATE = 'schema/ is stale: run `npm run schema` and commit the result';

describe('the committed schema/ folder', () => {
  const rendered = renderJsonSchemas();

  it.each(rendered.map((schema) => [schema.file, schema] as const))('holds %s exactly as the zod schemas render it', (file, schema) => {
    const path = join(SCHEMA_DIR, file);
    expect(existsSync(path), `${file} is missing; ${REGENERATE}`).toBe(true);
    // Compared as bytes, not parsed JSON: key order and whitespace are part of the contract.
    expect(readFileSync(path, 'utf8'), `${file} differs; ${REGENERATE}`).toBe(schema.text);
  });

  it('holds no schema that is no longer generated', () => {
    const present = readdirSync(SCHEMA_DIR).filter((file) => file.endsWith('.json')).sort();
    expect(present, REGENERATE).toEqual(rendered.map((schema) => schema.file).sort());
  });
});
