import { expect } from 'vitest';
import type { TenantApiError } from '../../shared/tenant-api/http/tenant-error';
import { isTenantApiError } from '../../shared/tenant-api/http/tenant-error';
import { createTenantHttp } from '../../shared/tenant-api/http/tenant-http';
import type { TenantHttpOptions } from '../../shared/tenant-api/http/tenant-http';
import { FakeClock } from './fake-clock';
import { scriptedFetch } from './fake-fetch';
import type { FakeAnswer } from './fake-fetch';

/** A token shaped like the server's (random, URL-safe), so a leak into a message is easy to spot. */
export const TOKEN = 'fpt_Zx9QmR4vK2sLw8TnB6yHc3JdE5gA7uPf';

export const BASE_URL = 'https://flows.example.com';

/** A client over a scripted fake fetch and a fake clock; jitter fixed at one half unless `random` is given. */
export function fakeTenant(script: readonly FakeAnswer[], options: Partial<TenantHttpOptions> = {}) {
  const clock = new FakeClock();
  const { fetch, calls } = scriptedFetch(clock, script);
  const http = createTenantHttp({ baseUrl: BASE_URL, token: TOKEN, fetch, clock, random: () => 0.5, ...options });
  return { http, calls, clock };
}

/** The tenant error `promise` rejects with, driving the fake clock until it does. */
export async function rejection(clock: FakeClock, promise: Promise<unknown>): Promise<TenantApiError> {
  const error = await clock.settle(promise).then(
    () => expect.fail('expected the request to fail'),
    (reason: unknown) => reason,
  );
  if (!isTenantApiError(error)) throw error;
  expect(error.message).not.toContain(TOKEN);
  return error;
}

/** The waits between consecutive requests, as the fake clock saw them. */
export function gapsBetween(calls: readonly { at: number }[]): number[] {
  return calls.slice(1).map((call, index) => call.at - calls[index]!.at);
}
