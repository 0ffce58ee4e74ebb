import { describe, expect, it } from 'vitest';
import type { EventResult, PlatformEvent } from '../../shared/tenant-api/runs';
import { EventBatches } from './event-batches';
import type { TenantOfEvents } from './flow-runs';

const tenant: TenantOfEvents = { id: 'tenant-a', profile: 'conversations' };
const opened = (subject: string, text = ''): PlatformEvent => ({ event: 'message.received', data: { text }, subject: { id: subject, fields: {}, tags: [] } }) as unknown as PlatformEvent;
/** An answer naming the event, so a test sees which event each caller got the answer of. */
const answerOf = (event: PlatformEvent): EventResult => ({ enrolled: [{ flowId: (event.data as { text: string }).text, runId: event.subject.id }], resumed: [], refused: [] });

/** A batch handler whose batches the test finishes by hand, recording what each batch held. */
function heldBatches() {
  const batches: { events: string[]; finish: () => void; fail: (error: Error) => void }[] = [];
  const handle = (_tenant: TenantOfEvents, events: readonly PlatformEvent[]) =>
    new Promise<EventResult[]>((resolve, reject) => {
      batches.push({
        events: events.map((event) => `${event.subject.id}:${(event.data as { text: string }).text}`),
        finish: () => resolve(events.map(answerOf)),
        fail: reject,
      });
    });
  return { batches, handle };
}

const settled = () => new Promise((resolve) => setImmediate(resolve));

describe('events written in batches', () => {
  it('an event alone is written at once, in a batch of its own', async () => {
    const { batches, handle } = heldBatches();
    const answered = new EventBatches(handle).submit(tenant, opened('ana', '1'));
    expect(batches.map((batch) => batch.events)).toEqual([['ana:1']]);
    batches[0]!.finish();
    expect(await answered).toEqual(answerOf(opened('ana', '1')));
  });

  it('events arriving while batches are being written wait, then go together; each caller gets its own answer', async () => {
    const { batches, handle } = heldBatches();
    const events = new EventBatches(handle);
    const first = events.submit(tenant, opened('ana', '1'));
    const second = events.submit(tenant, opened('bea', '2'));
    const waiting = ['caio', 'dora', 'eli'].map((subject, index) => events.submit(tenant, opened(subject, String(index + 3))));
    // Two batches in flight at most: the rest wait for one of them to commit.
    expect(batches.map((batch) => batch.events)).toEqual([['ana:1'], ['bea:2']]);
    batches[0]!.finish();
    await first;
    await settled();
    expect(batches[2]!.events).toEqual(['caio:3', 'dora:4', 'eli:5']);
    batches[1]!.finish();
    batches[2]!.finish();
    expect((await second).enrolled[0]!.runId).toBe('bea');
    expect((await Promise.all(waiting)).map((answer) => answer.enrolled[0]!.runId)).toEqual(['caio', 'dora', 'eli']);
  });

  it("a subject's events are written in the order they came: its next event waits while one of its events is in flight", async () => {
    const { batches, handle } = heldBatches();
    const events = new EventBatches(handle);
    void events.submit(tenant, opened('ana', '1'));
    void events.submit(tenant, opened('bea', '1'));
    void events.submit(tenant, opened('ana', '2'));
    void events.submit(tenant, opened('caio', '1'));
    expect(batches.map((batch) => batch.events)).toEqual([['ana:1'], ['bea:1']]);
    batches[1]!.finish();
    await settled();
    // ana's second event stays behind her first, which is still being written; caio's goes on.
    expect(batches[2]!.events).toEqual(['caio:1']);
    batches[0]!.finish();
    await settled();
    expect(batches[3]!.events).toEqual(['ana:2']);
  });

  it('a batch that fails is written again one event at a time: only the event that fails answers an error', async () => {
    const written: string[][] = [];
    const events = new EventBatches(async (_tenant, batch) => {
      written.push(batch.map((event) => event.subject.id));
      if (batch.some((event) => event.subject.id === 'broken')) throw new Error('cannot write broken');
      return batch.map(answerOf);
    });
    // The first two events take a batch each; the next three arrive while those are in flight.
    const answers = ['ana', 'bea', 'caio', 'broken', 'dora'].map((subject) => events.submit(tenant, opened(subject, subject)));
    const outcomes = await Promise.allSettled(answers);
    expect(outcomes.map((outcome) => outcome.status)).toEqual(['fulfilled', 'fulfilled', 'fulfilled', 'rejected', 'fulfilled']);
    expect((outcomes[3] as PromiseRejectedResult).reason).toEqual(new Error('cannot write broken'));
    expect(written).toEqual([['ana'], ['bea'], ['caio', 'broken', 'dora'], ['caio'], ['broken'], ['dora']]);
    expect((await answers[4]!).enrolled[0]!.runId).toBe('dora');
  });

  it("one tenant's batches never hold another tenant's events", async () => {
    const { batches, handle } = heldBatches();
    const events = new EventBatches(handle);
    const other: TenantOfEvents = { id: 'tenant-b', profile: 'conversations' };
    void events.submit(tenant, opened('ana', '1'));
    void events.submit(tenant, opened('bea', '1'));
    void events.submit(tenant, opened('caio', '1'));
    void events.submit(other, opened('dora', '1'));
    // tenant-a has two batches in flight and caio waits; tenant-b's event goes at once, alone.
    expect(batches.map((batch) => batch.events)).toEqual([['ana:1'], ['bea:1'], ['dora:1']]);
  });
});
