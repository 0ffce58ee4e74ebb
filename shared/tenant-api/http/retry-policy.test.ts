import { describe, expect, it } from 'vitest';
import { backoffDelayMs, isReplaySafe, parseRetryAfterMs } from './retry-policy';

const options = { baseDelayMs: 500, maxDelayMs: 8_000 };

describe('backoff: exponential with full jitter', () => {
  it('doubles the ceiling with each retry up to the maximum', () => {
    const almostOne = () => 0.999_999;
    const ceilings = [0, 1, 2, 3, 4, 5, 6].map((retry) => backoffDelayMs(retry, almostOne, options));
    expect(ceilings).toEqual([499, 999, 1_999, 3_999, 7_999, 7_999, 7_999]);
  });

  it('spreads waits uniformly between 0 and the ceiling', () => {
    expect(backoffDelayMs(3, () => 0, options)).toBe(0);
    expect(backoffDelayMs(3, () => 0.5, options)).toBe(2_000);
    expect(backoffDelayMs(3, () => 0.25, options)).toBe(1_000);
  });
});

describe('Retry-After', () => {
  const now = Date.parse('2026-11-21T12:00:00Z');

  it('reads delay-seconds', () => {
    expect(parseRetryAfterMs('7', now)).toBe(7_000);
    expect(parseRetryAfterMs(' 0 ', now)).toBe(0);
  });

  it('reads an HTTP date as the time left until it', () => {
    expect(parseRetryAfterMs('Sat, 21 Nov 2026 12:00:30 GMT', now)).toBe(30_000);
    expect(parseRetryAfterMs('Sat, 21 Nov 2026 11:59:00 GMT', now)).toBe(0);
  });

  it('ignores what is neither', () => {
    expect(parseRetryAfterMs(null, now)).toBeUndefined();
    expect(parseRetryAfterMs('1.5', now)).toBeUndefined();
    expect(parseRetryAfterMs('-3', now)).toBeUndefined();
    expect(parseRetryAfterMs('2026-11-21T12:00:30Z', now)).toBeUndefined(); // not an HTTP date
    expect(parseRetryAfterMs('soon', now)).toBeUndefined();
  });
});

describe('which requests may be sent twice', () => {
  const none = { idempotencyKey: undefined, ifMatch: undefined };

  it('reads always', () => {
    expect(isReplaySafe({ method: 'GET', ...none })).toBe(true);
    expect(isReplaySafe({ method: 'HEAD', ...none })).toBe(true);
  });

  it('PUT and DELETE only with If-Match, which makes a replay after success a refused conflict, not an overwrite', () => {
    expect(isReplaySafe({ method: 'PUT', ...none })).toBe(false);
    expect(isReplaySafe({ method: 'DELETE', ...none })).toBe(false);
    expect(isReplaySafe({ method: 'PUT', idempotencyKey: undefined, ifMatch: '"3"' })).toBe(true);
    expect(isReplaySafe({ method: 'DELETE', idempotencyKey: undefined, ifMatch: '"3"' })).toBe(true);
  });

  it('POST only with an Idempotency-Key', () => {
    expect(isReplaySafe({ method: 'POST', ...none })).toBe(false);
    expect(isReplaySafe({ method: 'POST', idempotencyKey: 'k-1', ifMatch: undefined })).toBe(true);
    expect(isReplaySafe({ method: 'PATCH', ...none })).toBe(false);
  });
});
