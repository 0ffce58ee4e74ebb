import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Signal } from '../catalog/types';
import type { Diagnostic } from '../format/diagnostic';
import type { Flow } from '../format/flow-schema';
import { ListenerIndex } from './listener-index';
import { signalMatches } from './step-facts';
import { summariseFlows, validateFlowSet, validateFlowsTogether } from './validate-set';
import { validate } from './validator';

const FIXTURES = join(import.meta.dirname, '../../test/fixtures/diagnostics');
const readFlow = (path: string) => JSON.parse(readFileSync(path, 'utf8')) as Flow;
const key = (d: Diagnostic) => `${d.severity} ${d.code} ${d.flowId ?? ''} ${d.nodeId ?? ''} ${JSON.stringify(d.path)} ${d.message}`;

/** The two passes export used to run: each flow alone with the set as context, then the set's checks. */
function twoPasses(flows: Flow[]): string[][] {
  const context = { flows: summariseFlows(flows) };
  const set = validateFlowSet(flows);
  // validate() with a context already reports FLOW_KIND_MISMATCH; the set repeats it, so count each finding once.
  return flows.map((flow, i) => [...new Set([...validate(flow, context), ...set[i]!].map(key))].sort());
}

describe('validateFlowsTogether', () => {
  const loop = readdirSync(join(FIXTURES, 'LOOP_CROSS_FLOW')).map((file) => readFlow(join(FIXTURES, 'LOOP_CROSS_FLOW', file)));
  const singles = readdirSync(FIXTURES)
    .filter((file) => file.endsWith('.flow.json'))
    .map((file) => readFlow(join(FIXTURES, file)))
    .filter((flow) => Array.isArray(flow.nodes));
  const examples = readdirSync(join(import.meta.dirname, '../../examples/contact-center')).filter((file) => file.endsWith('.flow.json')).map((file) =>
    readFlow(join(import.meta.dirname, '../../examples/contact-center', file)),
  );

  it.each([
    ['flows that trigger each other', loop],
    ['one fixture per diagnostic code, side by side (shared ids included)', singles],
    ['a customer flow and the reusable flows it calls', examples],
  ])('finds exactly what the two separate passes find: %s', (_name, flows) => {
    const together = validateFlowsTogether(flows).map((found) => found.map(key).sort());
    expect(together).toEqual(twoPasses(flows));
  });

  it('still names a loop across flows and a duplicated flow id', () => {
    const codes = validateFlowsTogether([...loop, { ...loop[0]!, name: 'Copy' }]).flat().map((d) => d.code);
    expect(codes).toContain('LOOP_CROSS_FLOW');
    expect(codes).toContain('ID_DUPLICATE');
  });
});

describe('ListenerIndex', () => {
  const ref = fc.record(
    {
      $ref: fc.constantFrom('tag' as const, 'flow' as const),
      id: fc.constantFrom('a', 'b'),
      uuid: fc.constantFrom('6f1d2c3b-4a5e-4f60-8a7b-000000000001', '6f1d2c3b-4a5e-4f60-8a7b-000000000002'),
      name: fc.constantFrom('VIP', 'Lead'),
    },
    { requiredKeys: ['$ref'] },
  );
  const signal: fc.Arbitrary<Signal> = fc.record({ event: fc.constantFrom('tag.added', 'flow.triggered'), ref }, { requiredKeys: ['event'] });

  it('finds exactly the flows whose listeners signalMatches accepts', () => {
    fc.assert(
      fc.property(fc.array(fc.array(signal, { maxLength: 4 }), { maxLength: 6 }), signal, (listeners, emitted) => {
        const index = new ListenerIndex();
        listeners.forEach((signals, flow) => signals.forEach((listener) => index.add(flow, listener)));
        const found = new Set<number>();
        index.collectHearers(emitted, found);
        const expected = listeners.flatMap((signals, flow) => (signals.some((listener) => signalMatches(emitted, listener)) ? [flow] : []));
        expect([...found].sort()).toEqual(expected);
      }),
    );
  });
});
