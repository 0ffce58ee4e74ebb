// `npm run bench`: the interpreter's speed (docs/BENCHMARKS.md, "Runtime"). Two figures:
// 1. one step on a 1,000-step conversations flow, at the 90th percentile (target < 1 ms): a chain
//    of send message → branch → wait (or ask a question, where the wait step has no behaviour yet),
//    driven to its end by resume (a reply) and passTime (a timeout), each call timed and divided
//    by the steps it ran;
// 2. the whole suite of example and built-in template tests (target < 1 s): every *.flowtest.json
//    beside a flow in examples/ and shared/templates/builtin/, run as `flowpack test` runs them.
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { cpus } from 'node:os';
import { join, relative } from 'node:path';
import { performance } from 'node:perf_hooks';
import { stepBehaviourOf } from '../../shared/catalog/behaviours';
import type { Flow } from '../../shared/format/flow-schema';
import { loadFlow } from '../../shared/validation/load-flow';
import { readFlowTestFile } from '../../shared/runtime/flow-test-file';
import { flowLookup } from '../../shared/runtime/flow-lookup';
import type { RunState } from '../../shared/runtime/run-state';
import { Runner } from '../../shared/runtime/runner';
import { runTestFile } from '../../shared/runtime/run-test-file';
import { contact, flowOf, HOUR, MONDAY_MORNING } from '../../shared/runtime/test-support/flow-of';
import type { TestEdge, TestNode } from '../../shared/runtime/test-support/flow-of';

const STEPS = 1_000;
const RUNS = 20;
const ROOT = new URL('../../', import.meta.url).pathname;

/** The waiting step of the chain: the wait step when it has a behaviour, else a question (answered or timed out). */
const waitsWith = stepBehaviourOf('conversations', 'wait') ? 'wait' : 'askQuestion';

/** Opened → (send message → branch → wait) × n, every port of each step on to the next one. */
function longConversation(steps: number): Flow {
  const nodes: TestNode[] = [['opened', 'conversationOpened', { channels: [] }]];
  const edges: TestEdge[] = [];
  let previous: { id: string; ports: string[] } = { id: 'opened', ports: ['next'] };
  for (let index = 0; nodes.length < steps; index++) {
    const kind = index % 3;
    const id = `s${index}`;
    if (kind === 0) nodes.push([id, 'sendMessage', { text: `Message ${index} for {{contact.firstName}}` }]);
    else if (kind === 1) nodes.push([id, 'branch', { conditions: [{ id: 'vip', name: 'VIP', field: 'tags', operator: 'contains', value: 'VIP' }] }]);
    else if (waitsWith === 'wait') nodes.push([id, 'wait', { duration: 3600 }]);
    else nodes.push([id, 'askQuestion', { question: `Question ${index}?`, answerType: 'text', options: [], invalidAnswerMessage: '', variable: `answer${index}`, timeout: 3600 }]);
    for (const port of previous.ports) edges.push([previous.id, port, id]);
    previous = { id, ports: kind === 0 ? ['next'] : kind === 1 ? ['vip', 'else'] : waitsWith === 'wait' ? ['next'] : ['answered', 'timeout', 'failure'] };
  }
  return flowOf('conversations', nodes, edges);
}

const percentile = (sorted: readonly number[], p: number) => sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))]!;

function measureSteps(): { perStep: number[]; calls: number; runMs: number[] } {
  const flow = longConversation(STEPS);
  const runner = new Runner(flow);
  const perStep: number[] = [];
  const runMs: number[] = [];
  let calls = 0;
  for (let run = 0; run < RUNS; run++) {
    const started = performance.now();
    const first = runner.start({ subject: contact({ tags: run % 2 === 0 ? ['VIP'] : [] }), now: MONDAY_MORNING });
    if (!first) throw new Error('the conversation-opened trigger did not start the run');
    let state: RunState = first;
    for (let turn = 0; state.status === 'waiting'; turn++) {
      const before = state.path.length;
      const at = performance.now();
      // Alternate the two ways a waiting run moves on: an input, and time passing.
      state = waitsWith === 'askQuestion' && turn % 2 === 0 ? runner.resume(state, { kind: 'reply', text: `answer ${turn}` }) : runner.passTime(state, state.now + HOUR);
      const took = performance.now() - at;
      const ran = state.path.length - before;
      calls += 1;
      if (ran > 0) for (let step = 0; step < ran; step++) perStep.push(took / ran);
    }
    if (state.path.length < STEPS) throw new Error(`the run ended after ${state.path.length} of ${STEPS} steps (${state.ended})`);
    runMs.push(performance.now() - started);
  }
  return { perStep: perStep.sort((a, b) => a - b), calls, runMs: runMs.sort((a, b) => a - b) };
}

/** Every test file beside a flow in the examples and the built-in templates. */
function suiteFiles(): { flowPath: string; testPath: string }[] {
  const found: { flowPath: string; testPath: string }[] = [];
  for (const folder of ['examples', 'shared/templates/builtin']) {
    const absolute = join(ROOT, folder);
    if (!existsSync(absolute)) continue;
    for (const name of readdirSync(absolute, { recursive: true, encoding: 'utf8' }).sort()) {
      if (!name.endsWith('.flowtest.json')) continue;
      const testPath = join(absolute, name);
      found.push({ testPath, flowPath: testPath.replace(/\.flowtest\.json$/, '.flow.json') });
    }
  }
  return found;
}

function readFlow(path: string): Flow {
  const flow = loadFlow(JSON.parse(readFileSync(path, 'utf8'))).flow;
  if (!flow) throw new Error(`${path} is not a flow`);
  return flow;
}

function measureSuite(): { files: number; tests: number; failed: number; ms: number[] } {
  const files = suiteFiles();
  // Reading is not the interpreter's work: files are read once, then the suite runs as a whole.
  const suites = files.map(({ flowPath, testPath }) => {
    const read = readFlowTestFile(readFileSync(testPath));
    if (!read.ok) throw new Error(`${relative(ROOT, testPath)}: ${read.problem.message}`);
    return { flow: readFlow(flowPath), file: read.file, folder: flowPath.slice(0, flowPath.lastIndexOf('/')) };
  });
  const siblings = new Map<string, Flow[]>();
  for (const suite of suites) {
    if (siblings.has(suite.folder)) continue;
    siblings.set(suite.folder, readdirSync(suite.folder).filter((name) => name.endsWith('.flow.json')).map((name) => readFlow(join(suite.folder, name))));
  }
  const ms: number[] = [];
  let tests = 0;
  let failed = 0;
  for (let round = 0; round < 5; round++) {
    const started = performance.now();
    [tests, failed] = [0, 0];
    for (const suite of suites) {
      const run = runTestFile(suite.flow, suite.file, { flows: flowLookup(siblings.get(suite.folder)!) });
      tests += run.results.length;
      failed += run.results.filter((result) => !result.passed).length;
    }
    ms.push(performance.now() - started);
  }
  return { files: files.length, tests, failed, ms: ms.sort((a, b) => a - b) };
}

const ms = (value: number) => (value < 0.1 ? value.toFixed(4) : value < 10 ? value.toFixed(3) : value.toFixed(1));

const steps = measureSteps();
console.log(`Node ${process.version}, ${cpus()[0]?.model ?? 'unknown CPU'} x${cpus().length}\n`);
console.log(`One step on a ${STEPS}-step conversations flow (send message → branch → ${waitsWith}), ${RUNS} runs to the end, ${steps.calls} resume/passTime calls:`);
console.log('| p50 (ms) | p90 (ms) | p99 (ms) | max (ms) | whole run, median (ms) | target |');
console.log('|---:|---:|---:|---:|---:|---|');
const p90 = percentile(steps.perStep, 90);
console.log(`| ${ms(percentile(steps.perStep, 50))} | ${ms(p90)} | ${ms(percentile(steps.perStep, 99))} | ${ms(steps.perStep.at(-1)!)} | ${ms(percentile(steps.runMs, 50))} | p90 < 1 ms: ${p90 < 1 ? 'met' : 'MISSED'} |`);

const suite = measureSuite();
console.log(`\nExample and built-in template tests: ${suite.files} test files, ${suite.tests} tests (${suite.failed} failing), 5 rounds:`);
console.log('| median (ms) | slowest (ms) | target |');
console.log('|---:|---:|---|');
console.log(`| ${ms(percentile(suite.ms, 50))} | ${ms(suite.ms.at(-1)!)} | < 1 s: ${suite.ms.at(-1)! < 1000 ? 'met' : 'MISSED'} |`);
