// `npm run bench`: validation speed on generated flows, side by side with Ajv checking the
// same documents against the generated JSON Schema (structure only: the floor any
// validator pays to walk the document). Figures go to docs/BENCHMARKS.md.
import { readFileSync } from 'node:fs';
import { cpus } from 'node:os';
import { Ajv2020 } from 'ajv/dist/2020.js';
import addFormats from 'ajv-formats';
import { Bench } from 'tinybench';
import type { Flow } from '../../shared/format/flow-schema';
import { createValidator, validate } from '../../shared/validation/validator';
import { generateFlow } from './generate-flow';

const SIZES = [100, 1_000, 10_000];
const TARGETS: Record<string, number> = { 'full 1000': 5, 'incremental 1000': 0.5, 'full 10000': 60 };
const VARIANTS = 64;

const ajv = new Ajv2020({ strict: true, allErrors: false });
addFormats.default(ajv);
const ajvValidate = ajv.compile(JSON.parse(readFileSync(new URL('../../schema/flow.schema.json', import.meta.url), 'utf8')));

/** Copies of `flow` that each differ from it in one node's config, sharing every other node object. */
function oneNodeEdits(flow: Flow): Flow[] {
  return Array.from({ length: VARIANTS }, (_, k) => {
    const index = 1 + ((k * 7919) % (flow.nodes.length - 1));
    const nodes = flow.nodes.slice();
    const node = nodes[index]!;
    nodes[index] = { ...node, name: `${node.name} (edited ${k})`, config: { ...node.config } };
    return { ...flow, nodes };
  });
}

const TIME_PER_TASK_MS = 1_500;
const bench = new Bench({ time: TIME_PER_TASK_MS, warmupTime: 300 });
for (const size of SIZES) {
  const flow = generateFlow(size);
  if (!ajvValidate(flow)) throw new Error(`generated flow of ${size} is not structurally valid: ${ajv.errorsText(ajvValidate.errors)}`);
  const edits = oneNodeEdits(flow);
  const validator = createValidator();
  validator.validate(flow);
  let k = 0;
  bench.add(`full ${size}`, () => void validate(flow));
  bench.add(`incremental ${size}`, () => void validator.validate(edits[k++ % VARIANTS]!));
  bench.add(`ajv ${size}`, () => void ajvValidate(flow));
}
await bench.run();

const median = (name: string) => {
  const result = bench.tasks.find((task) => task.name === name)!.result;
  if (!('latency' in result)) throw new Error(`${name} did not complete`);
  return result.latency.p50;
};
const ms = (value: number) => (value < 0.1 ? value.toFixed(4) : value < 10 ? value.toFixed(3) : value.toFixed(1));

console.log(`Node ${process.version}, ${cpus()[0]?.model ?? 'unknown CPU'} x${cpus().length}; median of each task's samples (${TIME_PER_TASK_MS} ms per task)\n`);
console.log('| nodes | full validate (ms) | incremental, one node edited (ms) | Ajv structure only (ms) | full / Ajv | targets |');
console.log('|---:|---:|---:|---:|---:|---|');
for (const size of SIZES) {
  const full = median(`full ${size}`);
  const incremental = median(`incremental ${size}`);
  const floor = median(`ajv ${size}`);
  const targets = Object.entries(TARGETS)
    .filter(([name]) => name.endsWith(` ${size}`))
    .map(([name, limit]) => `${name.split(' ')[0]} ≤ ${limit} ms: ${median(name) <= limit ? 'met' : 'MISSED'}`)
    .join('; ');
  console.log(`| ${size.toLocaleString('en')} | ${ms(full)} | ${ms(incremental)} | ${ms(floor)} | ${(full / floor).toFixed(1)}× | ${targets || '—'} |`);
}
