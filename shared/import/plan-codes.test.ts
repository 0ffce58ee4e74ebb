import { describe, expect, it } from 'vitest';
import { planCases } from '../../test/fixtures/import/import-fixtures';
import { PLAN_DIAGNOSTIC_CODES } from './import-plan';
import { planImport } from './plan-import';

describe('planImport: one fixture case per diagnostic code it produces', () => {
  const cases = planCases();

  it('every code planning produces has a case in test/fixtures/import/codes', () => {
    expect(cases.map((entry) => entry.code).sort()).toEqual([...PLAN_DIAGNOSTIC_CODES].sort());
  });

  it.each(cases.map((entry) => [entry.code, entry] as const))('%s: the case produces its code', (code, entry) => {
    const plan = planImport(entry.pack, entry.catalog, entry.decisions);
    const found = [...plan.diagnostics, ...plan.flows.flatMap((flow) => flow.diagnostics)].map((d) => d.code);
    expect(found).toContain(code);
  });
});
