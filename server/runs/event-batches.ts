import type { EventResult, PlatformEvent } from '../../shared/tenant-api/runs';
import type { TenantOfEvents } from './flow-runs';

/** Handles a batch of one tenant's events in one transaction, answering each in order. */
export type HandleBatch = (tenant: TenantOfEvents, events: readonly PlatformEvent[]) => Promise<EventResult[]>;

/** Most events in one transaction: more makes a transaction hold its locks longer. */
const MAX_BATCH = 64;
/** Batches of one tenant in flight at once: one being written while the next is read. */
const MAX_IN_FLIGHT = 2;

interface Pending {
  event: PlatformEvent;
  resolve: (result: EventResult) => void;
  reject: (error: unknown) => void;
}

interface TenantQueue {
  tenant: TenantOfEvents;
  pending: Pending[];
  inFlight: number;
  /** Subjects with an event in a batch in flight: their next event waits, so a subject's events run in order. */
  busy: Map<string, number>;
}

/**
 * Group commit for platform events: an event that arrives while its tenant's events are being
 * written waits for the next transaction, which takes every event waiting then. Alone, an event
 * is written at once, as before; under load, a transaction carries many events for the price
 * of one, and its round trips to the database (a dozen, each costing both processes a system
 * call) and its writes to the shared step counters are paid once per batch, not per event.
 *
 * A batch that fails is retried one event at a time, so an event that cannot be handled
 * answers its own error and never takes the others' with it.
 */
export class EventBatches {
  private readonly queues = new Map<string, TenantQueue>();

  constructor(private readonly handle: HandleBatch) {}

  /** Handles `event` in a batch of its tenant's events; resolves once that batch committed. */
  submit(tenant: TenantOfEvents, event: PlatformEvent): Promise<EventResult> {
    let queue = this.queues.get(tenant.id);
    if (!queue) this.queues.set(tenant.id, (queue = { tenant, pending: [], inFlight: 0, busy: new Map() }));
    // The tenant's profile as the latest caller saw it.
    queue.tenant = tenant;
    const answered = new Promise<EventResult>((resolve, reject) => queue.pending.push({ event, resolve, reject }));
    this.drain(queue);
    return answered;
  }

  private drain(queue: TenantQueue): void {
    while (queue.inFlight < MAX_IN_FLIGHT) {
      const batch = this.takeBatch(queue);
      if (batch.length === 0) break;
      queue.inFlight += 1;
      for (const { event } of batch) queue.busy.set(event.subject.id, (queue.busy.get(event.subject.id) ?? 0) + 1);
      void this.run(queue.tenant, batch).finally(() => {
        queue.inFlight -= 1;
        for (const { event } of batch) {
          const left = queue.busy.get(event.subject.id)! - 1;
          if (left === 0) queue.busy.delete(event.subject.id);
          else queue.busy.set(event.subject.id, left);
        }
        if (queue.inFlight === 0 && queue.pending.length === 0) this.queues.delete(queue.tenant.id);
        else this.drain(queue);
      });
    }
  }

  /** The waiting events that may go now, in arrival order: none of a subject with an event in flight or skipped. */
  private takeBatch(queue: TenantQueue): Pending[] {
    const batch: Pending[] = [];
    const held = new Set(queue.busy.keys());
    const rest: Pending[] = [];
    for (const pending of queue.pending) {
      const subject = pending.event.subject.id;
      if (batch.length < MAX_BATCH && !held.has(subject)) batch.push(pending);
      else {
        held.add(subject);
        rest.push(pending);
      }
    }
    queue.pending = rest;
    return batch;
  }

  private async run(tenant: TenantOfEvents, batch: readonly Pending[]): Promise<void> {
    try {
      const results = await this.handle(
        tenant,
        batch.map((pending) => pending.event),
      );
      batch.forEach((pending, index) => pending.resolve(results[index]!));
    } catch (error) {
      if (batch.length === 1) {
        batch[0]!.reject(error);
        return;
      }
      for (const pending of batch) await this.run(tenant, [pending]);
    }
  }
}
