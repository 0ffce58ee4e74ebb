import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { flowSchema } from '../format/flow-schema';
import { PROFILES } from '../format/profiles';
import { readFlowTestFile, serializeFlowTestFile } from './flow-test-file';
import { FLOW_TEST_SUFFIX } from './flow-test-schema';
import { flowLookup } from './flow-lookup';
import { runTestFile } from './run-test-file';

const ROOT = join(import.meta.dirname, '../..');
/** Where each profile's shipped flows are: its examples and its built-in templates. */
const FOLDERS = PROFILES.flatMap((profile) => [`examples/${profile}`, `shared/templates/builtin/${profile}`]);

/** The flows of a folder by file, read once; a folder's flows are what its flows may call (reusable call flows). */
const shipped = FOLDERS.filter((folder) => existsSync(join(ROOT, folder))).flatMap((folder) => {
  const files = readdirSync(join(ROOT, folder)).filter((name) => name.endsWith('.flow.json'));
  const flows = files.map((name) => flowSchema.parse(JSON.parse(readFileSync(join(ROOT, folder, name), 'utf8'))));
  return files.map((name, index) => ({ path: join(folder, name), flow: flows[index]!, lookup: flowLookup(flows) }));
});
const testPathOf = (flowPath: string) => flowPath.replace(/\.flow\.json$/, FLOW_TEST_SUFFIX);

// "Every example flow and every built-in template ships with tests that cover each of its branches."
describe('the examples and built-in templates ship with tests', () => {
  it.each(PROFILES)('%s has shipped flows to test', (profile) => {
    expect(shipped.filter((entry) => entry.flow.profile === profile).length).toBeGreaterThan(0);
  });

  it('all twelve shipped conversations flows are tested', () => {
    expect(shipped.filter((entry) => entry.flow.profile === 'conversations')).toHaveLength(12);
  });

  it.each(shipped.map((entry) => [entry.path, entry] as const))('%s: its tests beside it name it, pass, and together take every port of every step', (_path, { path, flow, lookup }) => {
    const testPath = testPathOf(path);
    expect(existsSync(join(ROOT, testPath)), `${testPath} is missing`).toBe(true);
    const read = readFlowTestFile(readFileSync(join(ROOT, testPath), 'utf8'));
    expect(read.ok ? undefined : read.problem).toBeUndefined();
    if (!read.ok) return;
    expect(read.file.flow).toBe(flow.id);
    expect(read.file.tests.length).toBeGreaterThan(0);
    const { results, coverage } = runTestFile(flow, read.file, { flows: lookup });
    expect(results.filter((result) => !result.passed).map((result) => ({ name: result.name, mismatches: result.mismatches.map((mismatch) => mismatch.message) }))).toEqual([]);
    expect({ unreachedSteps: coverage.unreachedSteps, untakenPorts: coverage.untakenPorts }).toEqual({ unreachedSteps: [], untakenPorts: [] });
  });

  it.each(shipped.map((entry) => entry.path))('%s: its test file is in canonical form, so saving it from the editor changes nothing', (path) => {
    const text = readFileSync(join(ROOT, testPathOf(path)), 'utf8');
    const read = readFlowTestFile(text);
    expect(read.ok && serializeFlowTestFile(read.file)).toBe(text);
  });
});
