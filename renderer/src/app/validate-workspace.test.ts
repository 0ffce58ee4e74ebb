import { describe, expect, it } from 'vitest';
import { createFlow } from '../../../shared/catalog/create-flow';
import type { Diagnostic } from '../../../shared/format/diagnostic';
import { translatorFor } from '../i18n/resources';
import { describeCheck, summariseCheck } from './validate-workspace';

const flow = (name: string) => createFlow({ profile: 'conversations', name, now: new Date('2025-01-01T00:00:00Z') });
const problem = (severity: Diagnostic['severity']): Diagnostic => ({ severity, code: 'PORT_UNCONNECTED', message: 'x' });

async function english() {
  const t = await translatorFor('en');
  return (key: string, options?: Record<string, unknown>) => (options === undefined ? t(key) : t(key, options));
}

describe('what Validate says it found', () => {
  it('says that every flow of the workspace was checked and none has a problem, so the button never looks dead', async () => {
    const flows = [flow('Welcome'), flow('Orders')];
    const check = summariseCheck(flows, [[], [problem('info')]], flows[0]!);
    expect(describeCheck(await english(), check)).toBe('Validated 2 flows: no problems.');
  });

  it('counts errors and warnings across flows and names the other flows that hold them', async () => {
    const flows = [flow('Welcome'), flow('Orders'), flow('Support')];
    const check = summariseCheck(flows, [[problem('error')], [], [problem('warning'), problem('error')]], flows[0]!);
    expect(check).toEqual({ flows: 3, problems: 3, flowsWithProblems: 2, others: ['Support'] });
    expect(describeCheck(await english(), check)).toBe('Validated 3 flows: 3 problems in 2 flows. Besides this one: Support.');
  });
});
