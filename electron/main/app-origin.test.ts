import { describe, expect, it } from 'vitest';
import { APP_START_URL, isAppUrl, isTrustedSenderFrame } from './app-origin';

describe('the app origin', () => {
  it('recognises the pages the app serves itself', () => {
    expect(isAppUrl(APP_START_URL)).toBe(true);
    expect(isAppUrl('app://flowpack/assets/index.js?v=1#x')).toBe(true);
  });

  it('does not mistake look-alike addresses for the app', () => {
    for (const url of [
      'https://flowpack/',
      'file:///index.html',
      'app://flowpack.evil.example/',
      'app://evil.example/flowpack/',
      'app://user:pass@flowpack/',
      'app://flowpack:8080/',
      'about:blank',
      'not a url',
      '',
    ]) {
      expect(isAppUrl(url), url).toBe(false);
    }
  });
});

describe('IPC sender check', () => {
  it('answers the top frame of the app page', () => {
    expect(isTrustedSenderFrame({ url: APP_START_URL, parent: null })).toBe(true);
  });

  it('refuses a sub-frame, a foreign page and a frame that is gone', () => {
    expect(isTrustedSenderFrame({ url: APP_START_URL, parent: {} })).toBe(false);
    expect(isTrustedSenderFrame({ url: 'https://example.com/', parent: null })).toBe(false);
    expect(isTrustedSenderFrame(null)).toBe(false);
    expect(isTrustedSenderFrame(undefined)).toBe(false);
  });
});
