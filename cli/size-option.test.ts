import { describe, expect, it } from 'vitest';
import { formatSize, parseSize } from './size-option';

describe('--max-size values', () => {
  it.each([
    ['2048', 2048],
    ['500KB', 500 * 1024],
    ['500kb', 500 * 1024],
    ['10MB', 10 * 1024 * 1024],
    ['1.5 MB', 1.5 * 1024 * 1024],
    ['1G', 1024 ** 3],
    ['64KiB', 64 * 1024],
  ])('reads %s as %i bytes', (text, bytes) => {
    expect(parseSize(text)).toBe(bytes);
  });

  it.each(['', 'lots', '10 parsecs', '-5MB', '0', '0KB', '1e3', 'MB'])('refuses %j', (text) => {
    expect(parseSize(text)).toBeUndefined();
  });

  it('prints sizes the way they are accepted', () => {
    expect(formatSize(512)).toBe('512 bytes');
    expect(formatSize(1024)).toBe('1 KB');
    expect(formatSize(10 * 1024 * 1024)).toBe('10 MB');
    expect(formatSize(11.25 * 1024 * 1024)).toBe('11.3 MB');
  });
});
