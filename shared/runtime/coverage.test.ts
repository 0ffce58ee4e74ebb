import { describe, expect, it } from 'vitest';
import { flowCoverage } from './coverage';
import { Runner } from './runner';
import { MONDAY_MORNING, contact, flowOf } from './test-support/flow-of';

const flow = flowOf(
  'conversations',
  [
    ['opened', 'conversationOpened', { channels: [] }],
    ['route', 'branch', { conditions: [{ id: 'vip', name: 'VIP', field: 'tags', operator: 'contains', value: 'VIP' }] }],
    ['hello', 'sendMessage', { text: 'Hello VIP' }],
  ],
  [
    ['opened', 'next', 'route'],
    ['route', 'vip', 'hello'],
  ],
);

describe('test coverage of a flow', () => {
  it('names the steps no run reached and the ports no run left by', () => {
    const run = new Runner(flow).start({ subject: contact(), now: MONDAY_MORNING })!;
    const coverage = flowCoverage(flow, [run.path]);
    expect(coverage.unreachedSteps).toEqual(['hello']);
    expect(coverage.untakenPorts).toEqual([{ node: 'route', port: 'vip' }, { node: 'hello', port: 'next' }]);
    expect(coverage.steps).toEqual({ reached: 2, total: 3 });
    expect(coverage.ports).toEqual({ taken: 2, total: 4 });
  });

  it('is complete when the runs together take every branch, an unconnected else included', () => {
    const runner = new Runner(flow);
    const paths = [contact({ tags: ['VIP'] }), contact()].map((subject) => runner.start({ subject, now: MONDAY_MORNING })!.path);
    const coverage = flowCoverage(flow, paths);
    expect(coverage.unreachedSteps).toEqual([]);
    expect(coverage.untakenPorts).toEqual([]);
  });
});
