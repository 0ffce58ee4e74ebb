import { describe, expect, it } from 'vitest';
import type { HostHandlers } from '../../shared/host/contract';
import { HostError } from '../../shared/host/host-error';
import { withHostCallLog } from './host-call-log';
import { createSupportLog } from './support-log';

function memoryLog() {
  const lines: Record<string, unknown>[] = [];
  const log = createSupportLog({ append: (line) => lines.push(JSON.parse(line) as Record<string, unknown>), flushed: async () => {} }, () => new Date('2026-01-02T03:04:05Z'));
  return { log, lines };
}

describe('host calls in the support log', () => {
  it('writes each call once, by name, with how long it took and how it ended', async () => {
    const { log, lines } = memoryLog();
    let clock = 1000;
    const handlers = withHostCallLog(
      {
        'workspace:get': async () => {
          clock += 25;
          return { name: 'w', settings: {}, entries: [] };
        },
        'workspace:move': async () => {
          throw new HostError('EXISTS', '"sales/a.flow.json" already exists');
        },
      } as unknown as Partial<HostHandlers>,
      log,
      () => clock,
    );
    await handlers['workspace:get']!({});
    await expect(handlers['workspace:move']!({ from: 'a.flow.json', to: 'sales/a.flow.json' })).rejects.toMatchObject({ code: 'EXISTS' });
    expect(lines).toEqual([
      { time: '2026-01-02T03:04:05.000Z', event: 'host-call', name: 'workspace:get', outcome: 'ok', ms: 25 },
      { time: '2026-01-02T03:04:05.000Z', event: 'host-call', name: 'workspace:move', outcome: 'failed', ms: 0, code: 'EXISTS' },
    ]);
  });

  it('leaves out the calls made every few seconds while they succeed, but not when they fail', async () => {
    const { log, lines } = memoryLog();
    let fail = false;
    const handlers = withHostCallLog(
      {
        'recovery:write': async () => {
          if (fail) throw new HostError('IO', 'disk full');
          return {};
        },
      } as unknown as Partial<HostHandlers>,
      log,
    );
    for (let index = 0; index < 5; index++) await handlers['recovery:write']!({ path: 'a.flow.json', text: '{}' });
    expect(lines).toEqual([]);
    fail = true;
    await expect(handlers['recovery:write']!({ path: 'a.flow.json', text: '{}' })).rejects.toThrow();
    expect(lines).toEqual([expect.objectContaining({ name: 'recovery:write', outcome: 'failed', code: 'IO' })]);
  });
});
