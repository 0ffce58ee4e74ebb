// `npm run bench:leaks [count]`: the leak property over many generated flows (default 10,000):
// secrets and personal data planted in any key, nesting, string, name and URL must not reach
// the pack, and each must be in the report. CI runs 200 of them (export-leaks.property.test.ts).
// Prints the count and the time; exits 1 with the first counterexample when one leaks.
import fc from 'fast-check';
import { cpus } from 'node:os';
import { leaksOf, plantedFlowShape } from '../fixtures/export/planted-corpus';

const count = Number(process.argv[2] ?? 10_000);
if (!Number.isInteger(count) || count < 1) {
  console.error(`usage: npm run bench:leaks [count]: "${process.argv[2]}" is not a count`);
  process.exit(2);
}

const started = performance.now();
const result = fc.check(
  fc.property(plantedFlowShape, (shape) => {
    return leaksOf(shape).length === 0;
  }),
  { numRuns: count },
);
const seconds = (performance.now() - started) / 1000;
const machine = `${cpus().length} × ${cpus()[0]?.model.trim() ?? 'CPU'}, Node ${process.version}`;
if (result.failed) {
  console.error(`leak found after ${result.numRuns} flows (seed ${result.seed}, path ${result.counterexamplePath}):`);
  console.error(JSON.stringify(result.counterexample));
  if (result.counterexample) console.error(leaksOf(result.counterexample[0]).join('\n'));
  process.exit(1);
}
console.log(`export leak property: ${result.numRuns} generated flows, no leak, every removal reported; ${seconds.toFixed(1)} s (${((seconds * 1000) / result.numRuns).toFixed(1)} ms a flow) on ${machine}`);
