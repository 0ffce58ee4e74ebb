import { execFileSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { serializeFlow } from '../../shared/format/flow-file';
import type { Flow } from '../../shared/format/flow-schema';
import { REPO_ROOT, STACK_TRACE, makeTempFolder, runCli } from './run-cli';

const OUT_OF_HOURS = join(REPO_ROOT, 'examples/conversations/out-of-hours-message.flow.json');
const SALES_IVR = join(REPO_ROOT, 'examples/contact-center/sales-ivr.flow.json');
const AFTER_HOURS = join(REPO_ROOT, 'examples/contact-center/after-hours.flow.json');
const LAUNCHER = join(REPO_ROOT, 'cli/bin/flowpack.js');

const readFlow = (path: string) => JSON.parse(readFileSync(path, 'utf8')) as Flow;

/** The out-of-hours example with one of each kind of change a reviewer looks for. */
function editedOutOfHours(): Flow {
  const flow = readFlow(OUT_OF_HOURS);
  flow.name = 'Out of hours';
  flow.nodes.find((node) => node.id === 'team-busy')!.config.text = 'Back soon!';
  flow.nodes.find((node) => node.id === 'business-hours')!.position.x += 120;
  flow.nodes = flow.nodes.filter((node) => node.id !== 'close');
  flow.edges = flow.edges.filter((edge) => edge.target !== 'close');
  flow.nodes.push({ id: 'wait-1', type: 'wait', name: 'Wait a day', position: { x: 0, y: 0 }, config: { duration: { days: 1 } } });
  flow.edges.push({ id: 'to-wait', source: 'tag-after-hours', sourcePort: 'next', target: 'wait-1' });
  return flow;
}

let temp: ReturnType<typeof makeTempFolder>;
let edited: string;
let pack: string;
beforeAll(async () => {
  temp = makeTempFolder();
  edited = join(temp.path, 'edited.flow.json');
  writeFileSync(edited, serializeFlow(editedOutOfHours()));
  // Sales IVR with the flows it calls: a pack of three. The business's own line is kept, so the
  // packed flows are the files' flows.
  pack = join(temp.path, 'sales.flowpack');
  const exported = await runCli(['export', SALES_IVR, '-o', pack, '--keep', '+14155550142']);
  if (exported.code !== 0) throw new Error(exported.stderr);
});
afterAll(() => temp.remove());

describe('flowpack diff of two flow files', () => {
  it('lists the flow’s own changes, steps added, removed and changed with each field, and connections; exit 1', async () => {
    const run = await runCli(['diff', OUT_OF_HOURS, edited]);
    expect(run.stderr).toBe('');
    expect(run.code).toBe(1);
    expect(run.stdout).toContain('Flow:\n  name: "Out-of-hours message" -> "Out of hours"\n');
    expect(run.stdout).toContain('Steps added:\n  + "Wait a day" (wait, id wait-1)\n');
    expect(run.stdout).toContain('Steps removed:\n  - "Close conversation" (closeConversation, id close)\n');
    expect(run.stdout).toMatch(/ {2}~ "Team is busy" \(sendMessage, id team-busy\)\n {6}config\.text: "Thanks for your patience, .*" -> "Back soon!"\n/);
    expect(run.stdout).toContain('  ~ "Within business hours?" (dateTime, id business-hours)\n      moved on the canvas\n');
    expect(run.stdout).toContain('Connections added:\n  + "Tag for morning follow-up" [next] -> "Wait a day"\n');
    // A removed connection names its steps as the old version had them, the removed step included.
    expect(run.stdout).toContain('Connections removed:\n  - "Tag for morning follow-up" [next] -> "Close conversation"\n');
  });

  it('finds nothing between two copies of a flow that differ only in meta; exit 0', async () => {
    const copy = readFlow(OUT_OF_HOURS);
    copy.meta = { ...copy.meta, updatedAt: '2031-05-01T10:00:00.000Z' };
    const path = join(temp.path, 'copy.flow.json');
    writeFileSync(path, serializeFlow(copy));
    const run = await runCli(['diff', OUT_OF_HOURS, path]);
    expect(run.code).toBe(0);
    expect(run.stdout).toMatch(/No differences\.\n$/);
  });

  it('--json prints one document with both sides and every change, for scripts', async () => {
    const run = await runCli(['diff', '--json', OUT_OF_HOURS, edited]);
    expect(run.code).toBe(1);
    const report = JSON.parse(run.stdout);
    expect(report.before).toEqual({ source: OUT_OF_HOURS, id: '1d7c0031-c062-437c-b9a7-fa11657b3df8', name: 'Out-of-hours message' });
    expect(report.after).toMatchObject({ source: edited, name: 'Out of hours' });
    expect(report).toMatchObject({ equal: false, changesBehaviour: true });
    expect(report.flow).toEqual([{ path: ['name'], change: 'changed', before: 'Out-of-hours message', after: 'Out of hours' }]);
    expect(report.steps.added).toEqual([{ id: 'wait-1', type: 'wait', name: 'Wait a day' }]);
    expect(report.steps.removed).toEqual([{ id: 'close', type: 'closeConversation', name: 'Close conversation' }]);
    expect(report.steps.changed).toContainEqual(expect.objectContaining({ id: 'team-busy', moved: false, fields: [expect.objectContaining({ path: ['config', 'text'], change: 'changed', after: 'Back soon!' })] }));
    expect(report.steps.changed).toContainEqual({ id: 'business-hours', type: 'dateTime', name: 'Within business hours?', fields: [], moved: true });
    expect(report.connections).toEqual({
      added: [{ source: 'tag-after-hours', sourcePort: 'next', target: 'wait-1' }],
      removed: [{ source: 'tag-after-hours', sourcePort: 'next', target: 'close' }],
    });
  });

  it('--json of equal flows says so, exit 0', async () => {
    const run = await runCli(['diff', '--json', OUT_OF_HOURS, OUT_OF_HOURS]);
    expect(run.code).toBe(0);
    expect(JSON.parse(run.stdout)).toMatchObject({ equal: true, changesBehaviour: false, flow: [], steps: { added: [], removed: [], changed: [] } });
  });

  it('compares against /dev/null (a file added or deleted) as every step added or removed', async () => {
    const run = await runCli(['diff', '/dev/null', OUT_OF_HOURS]);
    expect(run.code).toBe(1);
    expect(run.stdout).toContain('--- /dev/null (no flow)\n');
    expect(run.stdout).toContain('  + "Close conversation" (closeConversation, id close)\n');
    expect(run.stdout).toContain('  + "Tag for morning follow-up" [next] -> "Close conversation"\n');
    const json = JSON.parse((await runCli(['diff', '--json', OUT_OF_HOURS, '/dev/null'])).stdout);
    expect(json.after).toEqual({ source: '/dev/null', id: null, name: null });
    expect(json.steps.removed).toHaveLength(readFlow(OUT_OF_HOURS).nodes.length);
  });
});

describe('flowpack diff of a flow inside a pack', () => {
  it('names the pack’s flow by name or id after #', async () => {
    const byName = await runCli(['diff', `${pack}#Sales IVR`, SALES_IVR]);
    expect(byName.stderr).toBe('');
    expect(byName.code).toBe(0);
    const byId = await runCli(['diff', `${pack}#d3beab20-cc1e-409c-84a4-335a96a65f33`, edited]);
    // Two different flows: said, and compared step by step.
    expect(byId.code).toBe(1);
    expect(byId.stdout).toContain('two different flows');
  });

  it('without #, takes the pack’s flow with the other side’s id', async () => {
    const changed = readFlow(AFTER_HOURS);
    changed.nodes[1]!.name = 'Closed now';
    const path = join(temp.path, 'after-hours.flow.json');
    writeFileSync(path, serializeFlow(changed));
    const run = await runCli(['diff', pack, path]);
    expect(run.code).toBe(1);
    expect(run.stdout).toContain(`--- ${pack}#d3beab20-cc1e-409c-84a4-335a96a65f33  "After-hours"`);
    expect(run.stdout).toContain(`      name: ${JSON.stringify(readFlow(AFTER_HOURS).nodes[1]!.name)} -> "Closed now"\n`);
  });

  it('asks which flow when a pack holds several and nothing chooses one, listing them; exit 2', async () => {
    const run = await runCli(['diff', pack, OUT_OF_HOURS]);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('holds 3 flows; name one as');
    expect(run.stderr).toContain('"Sales hold message" c80ebc45-163c-4014-8204-0206522e6a4f');
    const unknown = await runCli(['diff', `${pack}#Nobody`, SALES_IVR]);
    expect(unknown.code).toBe(2);
    expect(unknown.stderr).toContain('no flow with the id or name "Nobody"');
  });
});

describe('flowpack diff of bad input', () => {
  it('exits 2 with one line naming the problem, never a stack trace', async () => {
    const notFlow = join(temp.path, 'settings.json');
    writeFileSync(notFlow, '{"theme": "dark"}\n');
    const broken = join(temp.path, 'broken.flow.json');
    writeFileSync(broken, '{"format": "flowpack.flow",');
    const cases: [string[], RegExp][] = [
      [[OUT_OF_HOURS], /diff needs two sides/],
      [[OUT_OF_HOURS, join(temp.path, 'missing.flow.json')], /missing\.flow\.json: no such file/],
      [[notFlow, OUT_OF_HOURS], /settings\.json: not a readable flow/],
      [[broken, OUT_OF_HOURS], /broken\.flow\.json:1:\d+: not a flow or pack/],
      [[`${OUT_OF_HOURS}#trigger`, OUT_OF_HOURS], /is not a pack; "#trigger" names a flow inside a pack/],
      [['/dev/null', '/dev/null'], /nothing to compare/],
      [['--colour', OUT_OF_HOURS, OUT_OF_HOURS], /unknown option/i],
      [['--git', OUT_OF_HOURS, OUT_OF_HOURS], /--git takes the 7 arguments git passes/],
    ];
    for (const [args, message] of cases) {
      const run = await runCli(['diff', ...args]);
      expect(run.code, args.join(' ')).toBe(2);
      expect(run.stderr).toMatch(message);
      expect(run.stderr).not.toMatch(STACK_TRACE);
      expect(run.stdout).toBe('');
    }
  });

  it('documents its sides, --json and exit codes in --help', async () => {
    const run = await runCli(['diff', '--help']);
    expect(run.code).toBe(0);
    expect(run.stdout).toContain('team.flowpack#<id or name>');
    expect(run.stdout).toMatch(/^Exit status:\n {2}0 {2}no differences/m);
  });
});

describe('flowpack diff with git', () => {
  const git = (cwd: string, ...args: string[]) => execFileSync('git', args, { cwd, encoding: 'utf8', env: { ...process.env, GIT_CONFIG_NOSYSTEM: '1', HOME: cwd } });

  /** A repository holding the out-of-hours flow, committed, then edited in the working tree. */
  function repository(): string {
    const repo = join(temp.path, `repo-${Math.random().toString(36).slice(2)}`);
    execFileSync('git', ['init', '-q', repo]);
    git(repo, 'config', 'user.name', 'Reviewer');
    git(repo, 'config', 'user.email', 'reviewer@example.com');
    writeFileSync(join(repo, 'hours.flow.json'), readFileSync(OUT_OF_HOURS, 'utf8'));
    git(repo, 'add', '.');
    git(repo, 'commit', '-q', '-m', 'first');
    writeFileSync(join(repo, 'hours.flow.json'), serializeFlow(editedOutOfHours()));
    return repo;
  }

  it('as the external diff driver of *.flow.json (.gitattributes), git diff shows the semantic difference', () => {
    const repo = repository();
    writeFileSync(join(repo, '.gitattributes'), '*.flow.json diff=flowpack\n');
    git(repo, 'config', 'diff.flowpack.command', `"${process.execPath}" "${LAUNCHER}" diff --git`);
    // git stops at a driver's non-zero exit status, so a difference must exit 0 here.
    const shown = git(repo, 'diff');
    expect(shown).toContain('--- a/hours.flow.json  "Out-of-hours message"');
    expect(shown).toContain('+++ b/hours.flow.json  "Out of hours"');
    expect(shown).toContain('  + "Wait a day" (wait, id wait-1)');
    git(repo, 'rm', '-q', '--cached', 'hours.flow.json');
    expect(git(repo, 'diff', '--cached')).toContain('+++ /dev/null (no flow)');
  });

  it('as a difftool, git difftool shows the semantic difference', () => {
    const repo = repository();
    git(repo, 'config', 'difftool.flowpack.cmd', `"${process.execPath}" "${LAUNCHER}" diff "$LOCAL" "$REMOTE"`);
    const shown = git(repo, 'difftool', '--no-prompt', '--tool=flowpack');
    expect(shown).toContain('Steps removed:\n  - "Close conversation" (closeConversation, id close)\n');
  });
});
