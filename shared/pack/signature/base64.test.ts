import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { decodeBase64, encodeBase64 } from './base64';

describe('base64 for keys and signatures', () => {
  it('encodes any bytes exactly as standard padded base64 and decodes them back', () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 80 }), (bytes) => {
        const text = encodeBase64(bytes);
        expect(text).toBe(Buffer.from(bytes).toString('base64'));
        expect(decodeBase64(text)).toEqual(bytes);
      }),
    );
  });

  it('refuses every spelling but the canonical one, so one key has one text', () => {
    expect(decodeBase64('AQID')).toEqual(Uint8Array.of(1, 2, 3));
    for (const text of ['AQI', 'AQI=\n', ' AQID', 'AQ-_', 'AQ_=', 'AR==', 'AQJ=', 'A===', '=AQI', 'AQ=D']) {
      expect(decodeBase64(text), text).toBeUndefined();
    }
  });
});
