import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { leaksOf, plantedFlowShape } from '../../../test/fixtures/export/planted-corpus';

/**
 * Property: secrets and personal data in the forms people leak (vendor keys, an AWS pair,
 * `Bearer <JWT>`, PEM keys, URL credentials and tokens, secret-named keys, e-mail addresses,
 * phone numbers, people's references), planted in any key, any nesting, any string, names
 * and URLs, never reach the pack, and every one of them is in the report. CI runs a modest
 * count; `npm run bench:leaks` runs 10,000 flows (docs/BENCHMARKS.md).
 */
describe('export leaks nothing it was given (property)', () => {
  it('no planted secret or personal value is in the pack or its report, and the report names where each was', () => {
    fc.assert(
      fc.property(plantedFlowShape, (shape) => {
        expect(leaksOf(shape)).toEqual([]);
      }),
      { numRuns: 200 },
    );
  });
});
