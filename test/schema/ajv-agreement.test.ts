import Ajv2020 from 'ajv/dist/2020';
import type { ErrorObject, ValidateFunction } from 'ajv/dist/2020';
import addFormats from 'ajv-formats';
import { describe, expect, it } from 'vitest';
import type { z } from 'zod';
import { JSON_SCHEMA_FILES, renderJsonSchemas } from '../../cli/json-schemas';
import { exampleFlows, importCatalogs, structureFixtures } from './structure-fixtures';
import type { SchemaFixture } from './structure-fixtures';

/**
 * Where each invalid fixture is broken, as a JSON Pointer. Both validators must report a
 * problem at exactly this place, so a fixture that is rejected for some other reason (a
 * typo in the fixture, a rule that drifted) fails instead of passing by accident.
 */
const FAULT_AT: Record<string, string> = {
  'astral-name-over-limit.flow.json': '/name',
  'bad-severity.diagnostic.json': '/severity',
  'bad-uuid.flow.json': '/id',
  'input-of-two-kinds.flowtest.json': '/tests/0/inputs/0',
  'unknown-outcome.flowtest.json': '/tests/0/expect/outcome',
  'custom-field-without-type.catalog.json': '/entities/customField/0/type',
  'empty-reference-path.decisions.json': '/references/0/path',
  'boolean-param.diagnostic.json': '/params/required',
  'custom-field-unknown-type.flow.json': '/entities/customFields/0/type',
  'edge-empty-source-port.flow.json': '/edges/0/sourcePort',
  'edge-missing-target.flow.json': '/edges/0/target',
  'empty-name.flow.json': '/name',
  'extensions-not-object.flow.json': '/extensions',
  'flow-with-bad-id.pack.json': '/flows/0/id',
  'manifest-without-created-at.pack.json': '/manifest/createdAt',
  'meta-created-at-impossible-date.flow.json': '/meta/createdAt',
  'meta-created-at-without-offset.flow.json': '/meta/createdAt',
  'missing-id.flow.json': '/id',
  'missing-manifest.pack.json': '/manifest',
  'missing-name.workspace.json': '/name',
  'negative-version.flow.json': '/version',
  'node-id-with-space.flow.json': '/nodes/1/id',
  'node-with-view-state.flow.json': '/nodes/0/selected',
  'node-without-position.flow.json': '/nodes/0/position',
  'non-object-config.flow.json': '/nodes/0/config',
  'path-with-object-segment.diagnostic.json': '/path/1',
  'position-coordinate-as-string.flow.json': '/nodes/1/position/x',
  'priority-not-uuid.workspace.json': '/priority/0',
  'signature-wrong-algorithm.pack.json': '/signature/algorithm',
  'tenant-without-profile.catalog.json': '/tenant/profile',
  'tag-with-extra-property.flow.json': '/entities/tags/0/colour',
  'unknown-code.diagnostic.json': '/code',
  'unknown-action.decisions.json': '/flows/93b26006-84fc-4320-a93a-f56f1dea8135/action',
  'unknown-default-profile.workspace.json': '/defaultProfile',
  'unknown-entity-kind.catalog.json': '/entities/robot',
  'unknown-profile.flow.json': '/profile',
  'unknown-top-level-property.flow.json': '/viewport',
  'unknown-top-level-property.pack.json': '/installedBy',
  'uuid-with-urn-prefix.flow.json': '/id',
  'version-as-string.flow.json': '/version',
  'wrong-format-marker.flow.json': '/format',
};

/** Ajv as a strict third party would run it: unknown keywords, loose types and unions are errors. */
function strictAjv(): Ajv2020 {
  const ajv = new Ajv2020({ strict: true, allErrors: true });
  addFormats(ajv);
  return ajv;
}

const compiled = new Map<string, ValidateFunction>();
/** The shipped JSON Schema for a fixture, compiled once from the exact rendered text. */
function ajvValidatorFor(file: string): ValidateFunction {
  let validate = compiled.get(file);
  if (!validate) {
    const rendered = renderJsonSchemas().find((candidate) => candidate.file === file);
    if (!rendered) throw new Error(`${file} is not rendered`);
    validate = strictAjv().compile(JSON.parse(rendered.text));
    compiled.set(file, validate);
  }
  return validate;
}

const escapePointer = (segment: string | number) => String(segment).replaceAll('~', '~0').replaceAll('/', '~1');
const pointer = (path: readonly PropertyKey[]) => path.map((segment) => `/${escapePointer(String(segment))}`).join('');

/** Where zod reports problems, as JSON Pointers; an unknown key is located at the key itself. */
function zodFaults(issues: readonly z.core.$ZodIssue[]): string[] {
  return issues.flatMap((issue) =>
    issue.code === 'unrecognized_keys' ? issue.keys.map((key) => pointer([...issue.path, key])) : [pointer(issue.path)],
  );
}

/** Where Ajv reports problems, located the same way as {@link zodFaults}. */
function ajvFaults(errors: readonly ErrorObject[]): string[] {
  return errors.map((error) => {
    if (error.keyword === 'required') return `${error.instancePath}/${escapePointer(error.params.missingProperty)}`;
    if (error.keyword === 'additionalProperties') return `${error.instancePath}/${escapePointer(error.params.additionalProperty)}`;
    return error.instancePath;
  });
}

const valid = [...structureFixtures('valid'), ...exampleFlows(), ...importCatalogs()];
const invalid = structureFixtures('invalid');
const fileName = (fixture: SchemaFixture) => fixture.name.slice(fixture.name.lastIndexOf('/') + 1);

describe('generated JSON Schemas and the zod schemas agree', () => {
  it.each(JSON_SCHEMA_FILES.map((entry) => entry.file))('%s compiles in Ajv 2020 strict mode', (file) => {
    expect(() => ajvValidatorFor(file)).not.toThrow();
  });

  it.each(JSON_SCHEMA_FILES.map((entry) => entry.file))('%s has valid and invalid fixtures to be checked against', (file) => {
    expect(valid.some((fixture) => fixture.entry.file === file), 'a valid fixture').toBe(true);
    expect(invalid.some((fixture) => fixture.entry.file === file), 'an invalid fixture').toBe(true);
  });

  it('every invalid fixture says where it is broken', () => {
    expect(invalid.map(fileName).sort()).toEqual(Object.keys(FAULT_AT).sort());
    expect(invalid.length).toBeGreaterThanOrEqual(10);
  });

  it.each(valid.map((fixture) => [fixture.name, fixture] as const))('both accept %s', (_name, fixture) => {
    const parsed = fixture.entry.schema.safeParse(fixture.value);
    expect(parsed.success ? [] : parsed.error.issues, 'zod issues').toEqual([]);
    const validate = ajvValidatorFor(fixture.entry.file);
    validate(fixture.value);
    expect(validate.errors ?? [], 'Ajv errors').toEqual([]);
  });

  it.each(invalid.map((fixture) => [fixture.name, fixture] as const))('both reject %s at the same place', (_name, fixture) => {
    const expected = FAULT_AT[fileName(fixture)];
    const parsed = fixture.entry.schema.safeParse(fixture.value);
    expect(parsed.success, 'zod accepted it').toBe(false);
    expect(zodFaults(parsed.error?.issues ?? []), 'zod fault locations').toContain(expected);
    const validate = ajvValidatorFor(fixture.entry.file);
    expect(validate(fixture.value), 'Ajv accepted it').toBe(false);
    expect(ajvFaults(validate.errors ?? []), 'Ajv fault locations').toContain(expected);
  });
});
