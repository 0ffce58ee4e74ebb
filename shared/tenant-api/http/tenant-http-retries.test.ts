import { describe, expect, it } from 'vitest';
import { connectionRefused } from '../../../test/tenant-api/fake-fetch';
import type { FakeAnswer } from '../../../test/tenant-api/fake-fetch';
import { fakeTenant, gapsBetween, rejection } from '../../../test/tenant-api/harness';

const unavailable: FakeAnswer = { status: 503, body: { message: 'starting up' } };
const created: FakeAnswer = { status: 201, body: { id: 'import-1' } };

describe('retries only what is safe to send twice', () => {
  it('never retries a POST without an Idempotency-Key: the first may have been applied', async () => {
    for (const first of [unavailable, { throws: connectionRefused() }, { status: 200, dropsBody: true as const }]) {
      const { http, calls, clock } = fakeTenant([first, created]);
      const error = await rejection(clock, http.request({ method: 'POST', path: '/v1/flows', body: { name: 'A' } }));
      expect(calls).toHaveLength(1);
      expect(error.attempts).toBe(1);
    }
  });

  it('retries a POST with an Idempotency-Key through drops and 503s, sending the same key and body', async () => {
    const script: FakeAnswer[] = [{ throws: connectionRefused() }, unavailable, { status: 201, dropsBody: true }, created];
    const { http, calls, clock } = fakeTenant(script);
    const response = await clock.settle(http.request({ method: 'POST', path: '/v1/imports', body: { mode: 'apply' }, idempotencyKey: 'key-1' }));
    expect(response.status).toBe(201);
    expect(calls).toHaveLength(4);
    expect(new Set(calls.map((call) => `${call.init.headers['idempotency-key']} ${call.init.body}`))).toEqual(new Set(['key-1 {"mode":"apply"}']));
  });

  it('retries reads, and PUT or DELETE only with If-Match', async () => {
    const read = fakeTenant([{ throws: connectionRefused() }, { status: 200, body: {} }]);
    await read.clock.settle(read.http.request({ method: 'GET', path: '/v1/catalog' }));
    expect(read.calls).toHaveLength(2);

    const blind = fakeTenant([unavailable, { status: 200 }]);
    await rejection(blind.clock, blind.http.request({ method: 'PUT', path: '/v1/flows/f1', body: {} }));
    expect(blind.calls).toHaveLength(1);

    const guarded = fakeTenant([unavailable, { status: 200 }]);
    await guarded.clock.settle(guarded.http.request({ method: 'PUT', path: '/v1/flows/f1', body: {}, ifMatch: '"4"' }));
    expect(guarded.calls).toHaveLength(2);
  });

  it.each([400, 401, 403, 404, 409, 412, 422, 428, 500, 502])('never retries HTTP %i, which would fail the same way again', async (status) => {
    const { http, calls, clock } = fakeTenant([{ status }, { status: 200 }]);
    const error = await rejection(clock, http.request({ method: 'GET', path: '/v1/flows' }));
    expect(calls).toHaveLength(1);
    expect(error.attempts).toBe(1);
  });

  it('does not retry what fails the same way every time: an untrusted certificate, a refused redirect', async () => {
    const untrusted = Object.assign(new Error('unable to verify the first certificate'), { code: 'UNABLE_TO_VERIFY_LEAF_SIGNATURE' });
    for (const thrown of [new TypeError('fetch failed', { cause: untrusted }), new Error('Redirect was cancelled')]) {
      const { http, calls, clock } = fakeTenant([{ throws: thrown }, { status: 200 }]);
      await rejection(clock, http.request({ method: 'GET', path: '/v1/flows' }));
      expect(calls).toHaveLength(1);
    }
  });

  it('gives up after the configured retries with the last failure', async () => {
    const { http, calls, clock } = fakeTenant([unavailable, unavailable, unavailable], { retries: 2 });
    const error = await rejection(clock, http.request({ method: 'GET', path: '/v1/flows' }));
    expect(error.detail).toMatchObject({ kind: 'server', status: 503 });
    expect(error.attempts).toBe(3);
    expect(calls).toHaveLength(3);
  });
});

describe('waits between attempts', () => {
  it('grow exponentially and are jittered within [0, base * 2^n], capped', async () => {
    const draws = [0.9, 0.1, 0.999, 0.5, 0.999];
    const random = () => draws.shift()!;
    const script = Array.from({ length: 6 }, () => unavailable);
    const { http, calls, clock } = fakeTenant(script, { random, retries: 5, backoff: { baseDelayMs: 100, maxDelayMs: 1_000 } });
    await rejection(clock, http.request({ method: 'GET', path: '/v1/flows' }));
    // Ceilings 100, 200, 400, 800, then capped at 1000; each wait is floor(draw * ceiling).
    expect(gapsBetween(calls)).toEqual([90, 20, 399, 400, 999]);
  });

  it('honour Retry-After in seconds instead of the backoff', async () => {
    const { http, calls, clock } = fakeTenant([{ status: 429, headers: { 'retry-after': '7' } }, { status: 200 }]);
    await clock.settle(http.request({ method: 'GET', path: '/v1/flows' }));
    expect(gapsBetween(calls)).toEqual([7_000]);
  });

  it('honour Retry-After as an HTTP date', async () => {
    const { http, calls, clock } = fakeTenant([{ status: 503, headers: { 'retry-after': 'Thu, 01 Jan 1970 00:17:10 GMT' } }, { status: 200 }]);
    await clock.settle(http.request({ method: 'GET', path: '/v1/flows' }));
    // The fake clock starts at 00:16:40 (1,000 s after the epoch), 30 s before the date.
    expect(gapsBetween(calls)).toEqual([30_000]);
  });

  it('do not wait for a Retry-After beyond the cap: the error says when to come back', async () => {
    const { http, calls, clock } = fakeTenant([{ status: 429, headers: { 'retry-after': '3600' } }, { status: 200 }]);
    const error = await rejection(clock, http.request({ method: 'GET', path: '/v1/flows' }));
    expect(calls).toHaveLength(1);
    expect(error.detail).toEqual({ kind: 'rate-limit', status: 429, retryAfterSeconds: 3600 });
    expect(error.message).toMatch(/try again in 60 min\./);
  });
});

describe('timeouts and cancellation', () => {
  it('times out an attempt that does not answer, and retries it when that is safe', async () => {
    const { http, calls, clock } = fakeTenant(['hang', 'hang'], { timeoutMs: 1_000, retries: 1 });
    const started = clock.now();
    const error = await rejection(clock, http.request({ method: 'GET', path: '/v1/flows' }));
    expect(error.detail).toEqual({ kind: 'timeout', timeoutMs: 1_000 });
    expect(error.message).toMatch(/did not answer within 1 s/);
    expect(calls).toHaveLength(2);
    expect(calls[0]!.init.signal.aborted).toBe(true);
    expect(clock.now() - started).toBe(1_000 + 250 + 1_000); // two timeouts and the backoff between them
  });

  it('times out even a fetch that ignores its signal', async () => {
    const { http, clock } = fakeTenant(['hang-ignoring-signal'], { timeoutMs: 2_000, retries: 0 });
    const error = await rejection(clock, http.request({ method: 'GET', path: '/v1/flows' }));
    expect(error.detail.kind).toBe('timeout');
  });

  it('stops during the backoff wait when cancelled: no further request', async () => {
    const { http, calls, clock } = fakeTenant([unavailable, { status: 200 }]);
    const controller = new AbortController();
    const pending = http.request({ method: 'GET', path: '/v1/flows', signal: controller.signal });
    await clock.advanceTo(clock.now()); // the 503 arrived; the client now sleeps before the retry
    expect(calls).toHaveLength(1);
    controller.abort();
    const error = await rejection(clock, pending);
    expect(error.detail).toEqual({ kind: 'cancelled' });
    expect(error.attempts).toBe(1);
    expect(calls).toHaveLength(1);
    expect(clock.pendingTimers).toBe(0);
  });

  it('stops a request in flight when cancelled, without retrying it', async () => {
    const { http, calls, clock } = fakeTenant(['hang', { status: 200 }]);
    const controller = new AbortController();
    const pending = http.request({ method: 'GET', path: '/v1/flows', signal: controller.signal });
    await clock.advanceTo(clock.now());
    controller.abort();
    const error = await rejection(clock, pending);
    expect(error.detail.kind).toBe('cancelled');
    expect(calls).toHaveLength(1);
    expect(calls[0]!.init.signal.aborted).toBe(true);
  });

  it('sends nothing when already cancelled', async () => {
    const { http, calls, clock } = fakeTenant([{ status: 200 }]);
    const error = await rejection(clock, http.request({ method: 'GET', path: '/v1/flows', signal: AbortSignal.abort() }));
    expect(error.detail.kind).toBe('cancelled');
    expect(calls).toEqual([]);
  });

  it('leaves no timer behind after an answer', async () => {
    const { http, clock } = fakeTenant([{ status: 200 }]);
    await clock.settle(http.request({ method: 'GET', path: '/v1/flows', signal: new AbortController().signal }));
    expect(clock.pendingTimers).toBe(0);
  });
});
