import { describe, expect, it } from 'vitest';
import { textFingerprint } from './text-fingerprint';

describe('text fingerprints', () => {
  it('are the same for the same text and differ when one character changes', () => {
    const text = JSON.stringify({ name: 'Welcome', nodes: Array.from({ length: 50 }, (_, i) => ({ id: `n${i}` })) });
    expect(textFingerprint(text)).toBe(textFingerprint(`${text}`));
    expect(textFingerprint(text)).not.toBe(textFingerprint(text.replace('n42', 'n43')));
    expect(textFingerprint('v1')).not.toBe(textFingerprint('v2'));
  });
});
