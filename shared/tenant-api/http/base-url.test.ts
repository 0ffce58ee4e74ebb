import { describe, expect, it } from 'vitest';
import { FakeClock } from '../../../test/tenant-api/fake-clock';
import { scriptedFetch } from '../../../test/tenant-api/fake-fetch';
import { checkTenantBaseUrl, isLoopbackHost } from './base-url';
import { isTenantApiError } from './tenant-error';
import { createTenantHttp } from './tenant-http';

/** The message of the error `run` throws. */
function refusal(run: () => unknown): string {
  try {
    run();
  } catch (error) {
    expect(isTenantApiError(error, 'invalid-url')).toBe(true);
    return (error as Error).message;
  }
  throw new Error('expected the address to be refused');
}

describe('tenant address: https always, plain http only on this computer', () => {
  it.each([
    ['https://flows.example.com', 'https://flows.example.com'],
    ['https://flows.example.com:8443/tenants/acme/', 'https://flows.example.com:8443/tenants/acme'],
    ['  https://FLOWS.example.com  ', 'https://flows.example.com'],
    ['http://127.0.0.1:8787', 'http://127.0.0.1:8787'],
    ['http://127.45.0.9', 'http://127.45.0.9'],
    ['http://localhost:8787/', 'http://localhost:8787'],
    ['http://[::1]:8787', 'http://[::1]:8787'],
    // Other spellings of loopback addresses, normalised by the URL parser before the check.
    ['http://0x7f.1:8787', 'http://127.0.0.1:8787'],
    ['http://[0:0:0:0:0:0:0:1]', 'http://[::1]'],
    ['http://LOCALHOST', 'http://localhost'],
  ])('accepts %s as %s', (input, normalised) => {
    expect(checkTenantBaseUrl(input)).toBe(normalised);
  });

  it.each([
    'http://flows.example.com',
    'http://10.0.0.5:8787',
    'http://192.168.1.20',
    'http://127.0.0.1.evil.example',
    'http://localhost.evil.example',
    'http://[::2]',
    'http://[::ffff:127.0.0.1]',
    'http://0.0.0.0:8787',
  ])('refuses plain http to %s, which would send the token over a network', (input) => {
    expect(refusal(() => checkTenantBaseUrl(input))).toMatch(/not encrypted: use https:\/\//);
  });

  it.each([
    ['flows.example.com', /not a valid web address/],
    ['ftp://flows.example.com', /must start with https:\/\/ \(it starts with ftp:\/\/\)/],
    ['file:///etc/passwd', /must start with https:\/\//],
    ['https://admin:hunter2@flows.example.com', /must not contain a user name or password/],
    ['https://flows.example.com/?token=abc', /must not contain a query/],
    ['https://flows.example.com/#x', /must not contain a query \(\?\) or a fragment/],
  ])('refuses %s with a clear reason', (input, reason) => {
    expect(refusal(() => checkTenantBaseUrl(input))).toMatch(reason);
  });

  it('never repeats the address it refuses, which may hold a pasted secret', () => {
    const message = refusal(() => checkTenantBaseUrl('https://admin:s3cr3t-value@flows.example.com'));
    expect(message).not.toContain('s3cr3t-value');
    expect(refusal(() => checkTenantBaseUrl('s3cr3t-value'))).not.toContain('s3cr3t-value');
  });

  it('refuses before any request is made', () => {
    const { fetch, calls } = scriptedFetch(new FakeClock(), []);
    refusal(() => createTenantHttp({ baseUrl: 'http://flows.example.com', token: 't0ken', fetch }));
    expect(calls).toEqual([]);
  });

  it('recognises loopback hosts as the URL parser writes them', () => {
    expect(isLoopbackHost('127.0.0.1')).toBe(true);
    expect(isLoopbackHost('127.255.255.255')).toBe(true);
    expect(isLoopbackHost('128.0.0.1')).toBe(false);
    expect(isLoopbackHost('127.0.0.256')).toBe(false);
    expect(isLoopbackHost('::1')).toBe(false); // the parser always brackets IPv6 hosts
  });
});
