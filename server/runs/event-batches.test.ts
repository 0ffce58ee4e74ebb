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

  it('events arriving while a batch is being written wait, then go together; each caller gets its own answer', async () => {
    const { batches, handle } = heldBatches();
    const events = new EventBatches(handle);
    const first = events.submit(tenant, opened('ana', '1'));
    const waiting = ['bea', 'caio', 'dora'].map((subject, index) => events.submit(tenant, opened(subject, String(index + 2))));
    // One batch of a tenant at a time: the rest wait for it to commit.
    expect(batches.map((batch) => batch.events)).toEqual([['ana:1']]);
    batches[0]!.finish();
    expect((await first).enrolled[0]!.runId).toBe('ana');
    await settled();
    expect(batches.map((batch) => batch.events)).toEqual([['ana:1'], ['bea:2', 'caio:3', 'dora:4']]);
    batches[1]!.finish();
    expect((await Promise.all(waiting)).map((answer) => answer.enrolled[0]!.runId)).toEqual(['bea', 'caio', 'dora']);
  });

  it("a subject's events are written in the order they came: its next event waits for the batch in flight, and goes after the earlier ones", async () => {
    const { batches, handle } = heldBatches();
    const events = new EventBatches(handle);
    void events.submit(tenant, opened('ana', '1'));
    void events.submit(tenant, opened('bea', '1'));
    void events.submit(tenant, opened('ana', '2'));
    void events.submit(tenant, opened('ana', '3'));
    expect(batches.map((batch) => batch.events)).toEqual([['ana:1']]);
    batches[0]!.finish();
    await settled();
    // handleEvents runs a batch's events of one subject in rounds, in this order.
    expect(batches[1]!.events).toEqual(['bea:1', 'ana:2', 'ana:3']);
  });

  it('takes at most 64 events in one transaction; the rest go in the next', async () => {
    const { batches, handle } = heldBatches();
    const events = new EventBatches(handle);
    void events.submit(tenant, opened('first', '0'));
    for (let index = 1; index <= 70; index++) void events.submit(tenant, opened(`contact-${index}`, String(index)));
    batches[0]!.finish();
    await settled();
    expect(batches[1]!.events).toHaveLength(64);
    batches[1]!.finish();
    await settled();
    expect(batches[2]!.events).toEqual(['contact-65:65', 'contact-66:66', 'contact-67:67', 'contact-68:68', 'contact-69:69', 'contact-70:70']);
  });

  it('a batch that fails is written again one event at a time: only the event that fails answers an error', async () => {
    const written: string[][] = [];
    const events = new EventBatches(async (_tenant, batch) => {
      written.push(batch.map((event) => event.subject.id));
      if (batch.some((event) => event.subject.id === 'broken')) throw new Error('cannot write broken');
      return batch.map(answerOf);
    });
    // The first event takes a batch of its own; the next four arrive while it is in flight.
    const answers = ['ana', 'bea', 'caio', 'broken', 'dora'].map((subject) => events.submit(tenant, opened(subject, subject)));
    const outcomes = await Promise.allSettled(answers);
    expect(outcomes.map((outcome) => outcome.status)).toEqual(['fulfilled', 'fulfilled', 'fulfilled', 'rejected', 'fulfilled']);
    expect((outcomes[3] as PromiseRejectedResult).reason).toEqual(new Error('cannot write broken'));
    expect(written).toEqual([['ana'], ['bea', 'caio', 'broken', 'dora'], ['bea'], ['caio'], ['broken'], ['dora']]);
    expect((await answers[4]!).enrolled[0]!.runId).toBe('dora');
  });

  it("one tenant's batches never hold another tenant's events", async () => {
    const { batches, handle } = heldBatches();
    const events = new EventBatches(handle);
    const other: TenantOfEvents = { id: 'tenant-b', profile: 'conversations' };
    void events.submit(tenant, opened('ana', '1'));
    void events.submit(tenant, opened('bea', '1'));
    void events.submit(other, opened('dora', '1'));
    // tenant-a has a batch in flight and bea waits; tenant-b's event goes at once, alone.
    expect(batches.map((batch) => batch.events)).toEqual([['ana:1'], ['dora:1']]);
  });
});
