import { mkdirSync, readdirSync, symlinkSync, truncateSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, it } from 'vitest';
import { serializeFlow } from '../../shared/format/flow-file';
import { fingerprint, makeTempFolder, runCli, STACK_TRACE } from './run-cli';
import type { CliRun } from './run-cli';
import { cleanFlow } from './sample-flows';

const FIXTURES = 'test/fixtures/bad-input';

/** Each fixture, the code and message it must get, and where (when the problem has a place). */
const FIXTURE_CASES: [file: string, code: string, message: RegExp, position: string][] = [
  ['empty.flow.json', 'JSON_INVALID', /^no JSON value: the input is empty$/, ''],
  ['whitespace-only.flow.json', 'JSON_INVALID', /^no JSON value: the input contains only whitespace$/, ''],
  ['truncated.flow.json', 'JSON_INVALID', /^unexpected end of input: the JSON text is truncated \(unterminated string\)$/, ':7:20'],
  ['missing-comma.flow.json', 'JSON_INVALID', /^invalid JSON: expected ','/, ':4:3'],
  ['latin1.flow.json', 'JSON_INVALID', /^not valid UTF-8 text: invalid byte 0xE9/, ':3:15'],
  ['array-root.flow.json', 'JSON_INVALID', /^the top-level value is an array; a flow or pack document is a JSON object$/, ':1:1'],
  ['proto-key.flow.json', 'JSON_INVALID', /^forbidden key "__proto__"/, ':7:9'],
  ['constructor-key.flowpack', 'JSON_INVALID', /^forbidden key "constructor"/, ':3:3'],
  ['duplicate-key.flow.json', 'JSON_INVALID', /^duplicate key "name" in one object/, ':5:3'],
];

/** The one report line of a file that could not be checked, split into its parts. */
function reportLine(stdout: string, file: string): { position: string; code: string; message: string } {
  const line = stdout.split('\n').find((candidate) => candidate.startsWith(`${file}:`));
  const match = line === undefined ? null : /^(?<position>(?::\d+:\d+)?): error (?<code>[A-Z_]+) (?<message>.+)$/.exec(line.slice(file.length));
  if (!match?.groups) throw new Error(`no report line for ${file} in:\n${stdout}`);
  return { position: match.groups.position!, code: match.groups.code!, message: match.groups.message! };
}

describe('flowpack validate: bad input gets one clear line and exit 2, never a stack trace or a changed file', () => {
  describe('the broken fixtures, checked as one folder', () => {
    const names = readdirSync(FIXTURES).filter((name) => name !== 'README.md');
    const files = names.map((name) => join(FIXTURES, name));
    let before: string[];
    let human: CliRun;
    let json: CliRun;
    beforeAll(async () => {
      before = fingerprint(files);
      [human, json] = await Promise.all([runCli(['validate', FIXTURES]), runCli(['validate', '--json', FIXTURES])]);
    });

    it('has a case below for every fixture', ({ expect }) => {
      expect(FIXTURE_CASES.map(([name]) => name).sort()).toEqual([...names].sort());
    });

    it.for(FIXTURE_CASES)('%s: %s', ([name, code, message, position], { expect }) => {
      const file = join(FIXTURES, name);
      const line = reportLine(human.stdout, file);
      expect(line.code).toBe(code);
      expect(line.message).toMatch(message);
      expect(line.position).toBe(position);
      const entry = (JSON.parse(json.stdout) as { files: { path: string; diagnostics: unknown[] }[] }).files.find((f) => f.path === file);
      const [, line1, column1] = /^:(\d+):(\d+)$/.exec(position) ?? [];
      expect(entry?.diagnostics).toEqual([
        {
          severity: 'error',
          code,
          message: expect.stringMatching(message),
          ...(line1 === undefined ? {} : { line: Number(line1), column: Number(column1) }),
        },
      ]);
    });

    it('prints one line per file and a summary, nothing on stderr, exits 2, and changes no file', ({ expect }) => {
      const lines = human.stdout.trimEnd().split('\n');
      expect(lines.slice(0, -1).map((line) => line.split(/:\d+:\d+: |: /)[0])).toEqual([...files].sort());
      expect(lines.at(-1)).toBe(`${names.length} files: ${names.length} errors, 0 warnings; ${names.length} files could not be read or parsed`);
      expect(human.stderr).toBe('');
      expect(human.stdout + json.stdout + json.stderr).not.toMatch(STACK_TRACE);
      expect(human.code).toBe(2);
      expect(json.code).toBe(2);
      expect(fingerprint(files)).toEqual(before);
    });
  });

  describe('generated inputs', () => {
    let temp: ReturnType<typeof makeTempFolder>;
    let paths: Record<'deep' | 'huge' | 'small' | 'bom' | 'good', string>;
    beforeAll(() => {
      temp = makeTempFolder();
      paths = {
        deep: join(temp.path, 'deep.flow.json'),
        huge: join(temp.path, 'huge.flow.json'),
        small: join(temp.path, 'small.flow.json'),
        bom: join(temp.path, 'bom.flow.json'),
        good: join(temp.path, 'good.flow.json'),
      };
      writeFileSync(paths.deep, '['.repeat(100_000) + ']'.repeat(100_000));
      // 11 MB with no data blocks (sparse): over the default limit, and reading it would show.
      writeFileSync(paths.huge, '');
      truncateSync(paths.huge, 11 * 1024 * 1024);
      writeFileSync(paths.small, serializeFlow(cleanFlow()) + ' '.repeat(2048));
      writeFileSync(paths.bom, '\uFEFF' + serializeFlow(cleanFlow()));
      writeFileSync(paths.good, serializeFlow(cleanFlow()));
    });
    afterAll(() => temp.remove());

    // A recursive parser would overflow its stack here; the test's time limit catches a hang.
    it.concurrent('refuses 100,000 levels of nesting at the first level too deep', async ({ expect }) => {
      const run = await runCli(['validate', paths.deep]);
      expect(reportLine(run.stdout, paths.deep)).toEqual({
        position: ':1:513',
        code: 'JSON_INVALID',
        message: 'too deeply nested: more than 512 levels of arrays and objects inside each other',
      });
      expect(run.stderr).not.toMatch(STACK_TRACE);
      expect(run.code).toBe(2);
    });

    it.concurrent('refuses a file over 10 MB by its size, before reading it', async ({ expect }) => {
      const run = await runCli(['validate', paths.huge]);
      expect(reportLine(run.stdout, paths.huge)).toEqual({
        position: '',
        code: 'FILE_UNREADABLE',
        message: 'the file is 11 MB, over the 10 MB limit (see --max-size)',
      });
      expect(run.code).toBe(2);
    });

    it.concurrent('applies --max-size given in bytes or KB/MB', async ({ expect }) => {
      const refused = await runCli(['validate', '--max-size', '1KB', paths.small]);
      expect(reportLine(refused.stdout, paths.small).message).toMatch(/^the file is [\d.]+ KB, over the 1 KB limit \(see --max-size\)$/);
      expect(refused.code).toBe(2);
      const accepted = await runCli(['validate', '--max-size=1MB', paths.small]);
      expect(accepted.stdout).toBe('1 file: 0 errors, 0 warnings\n');
      expect(accepted.code).toBe(0);
    });

    it.concurrent('refuses a --max-size that is not a size as a usage error', async ({ expect }) => {
      const run = await runCli(['validate', '--max-size', 'lots', paths.good]);
      expect(run.stderr).toBe(
        'flowpack: --max-size: "lots" is not a size; give bytes or a number with KB, MB or GB (e.g. 500KB, 10MB)\n' +
          'Run "flowpack validate --help" for usage.\n',
      );
      expect(run.stdout).toBe('');
      expect(run.code).toBe(2);
    });

    it.concurrent('accepts a UTF-8 byte-order mark', async ({ expect }) => {
      const run = await runCli(['validate', paths.bom]);
      expect(run.stdout).toBe('1 file: 0 errors, 0 warnings\n');
      expect(run.code).toBe(0);
    });

    it.concurrent('reports a missing path and still checks the other files', async ({ expect }) => {
      const missing = join(temp.path, 'missing.flow.json');
      const run = await runCli(['validate', '--json', missing, paths.good]);
      expect(JSON.parse(run.stdout)).toEqual({
        files: [
          { path: missing, diagnostics: [{ severity: 'error', code: 'FILE_UNREADABLE', message: 'no such file or directory' }] },
          { path: paths.good, diagnostics: [] },
        ],
      });
      expect(run.code).toBe(2);
    });

    it.concurrent('reports a folder loop through symbolic links once, at the link, and checks the rest', async ({ expect }) => {
      const folder = join(temp.path, 'looped');
      mkdirSync(join(folder, 'inner'), { recursive: true });
      writeFileSync(join(folder, 'inner', 'flow.flow.json'), serializeFlow(cleanFlow()));
      symlinkSync(folder, join(folder, 'inner', 'back-to-top'));
      const run = await runCli(['validate', folder]);
      expect(run.stdout).toBe(
        `${join(folder, 'inner', 'back-to-top')}: error FILE_UNREADABLE folder loop: this symbolic link leads back to ${folder}, so it was not followed\n` +
          '2 files: 1 error, 0 warnings; 1 file could not be read or parsed\n',
      );
      expect(run.code).toBe(2);
    });

    it.concurrent('reports a broken symbolic link named like a document, found in a folder', async ({ expect }) => {
      const folder = join(temp.path, 'broken-link');
      mkdirSync(folder);
      symlinkSync(join(folder, 'gone.flow.json'), join(folder, 'link.flow.json'));
      const run = await runCli(['validate', '--json', folder]);
      expect(JSON.parse(run.stdout)).toEqual({
        files: [
          {
            path: join(folder, 'link.flow.json'),
            diagnostics: [{ severity: 'error', code: 'FILE_UNREADABLE', message: 'no such file or directory' }],
          },
        ],
      });
      expect(run.code).toBe(2);
    });
  });
});
