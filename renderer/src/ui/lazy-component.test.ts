import { describe, expect, it } from 'vitest';
import { failedModuleUrl } from './lazy-component';

describe('the module a failed dynamic import names', () => {
  it('is read from Chromium’s message, without an earlier retry’s query, so the next attempt can ask for it at an address of its own', () => {
    expect(failedModuleUrl(new TypeError('Failed to fetch dynamically imported module: http://127.0.0.1:5173/assets/NewFlowDialog-B2xq.js'))).toBe('http://127.0.0.1:5173/assets/NewFlowDialog-B2xq.js');
    expect(failedModuleUrl(new TypeError('Failed to fetch dynamically imported module: app://flowpack/assets/X-1a.js'))).toBe('app://flowpack/assets/X-1a.js');
    expect(failedModuleUrl(new TypeError('Failed to fetch dynamically imported module: http://127.0.0.1:5173/assets/NewFlowDialog-B2xq.js?retry=2'))).toBe('http://127.0.0.1:5173/assets/NewFlowDialog-B2xq.js');
  });

  it('is none where the message names no script (another browser, another failure)', () => {
    expect(failedModuleUrl(new TypeError('Importing a module script failed.'))).toBeUndefined();
    expect(failedModuleUrl('offline')).toBeUndefined();
  });
});
