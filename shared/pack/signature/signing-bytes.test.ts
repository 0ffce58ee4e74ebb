import { describe, expect, it } from 'vitest';
import { signingBytes, signingText } from './signing-bytes';

describe('signingBytes: the canonical form a pack signature covers', () => {
  it('matches the documented test vector: keys sorted by UTF-16 code unit at every level, no whitespace, no signature', () => {
    // given: keys out of order, a non-BMP key (a surrogate pair sorts before U+FF5A "ｚ" by code
    // unit, after it by code point), escapes, numbers and a signature to leave out
    const pack = {
      version: 1,
      signature: { algorithm: 'ed25519', publicKey: 'x', value: 'y' },
      manifest: { name: 'Café ☕', 'ｚ': 1, '😀': 2, Z: [3.5, -0, 1e21, null, false], a: 'line\nbreak "quoted" \u0007' },
      format: 'flowpack.pack',
    };
    // then
    const expected =
      '{"format":"flowpack.pack","manifest":{"Z":[3.5,0,1e+21,null,false],"a":"line\\nbreak \\"quoted\\" \\u0007","name":"Café ☕","😀":2,"ｚ":1},"version":1}';
    expect(signingText(pack)).toBe(expected);
    expect(Buffer.from(signingBytes(pack)).toString('hex')).toBe(Buffer.from(expected, 'utf8').toString('hex'));
  });

  it('does not depend on how the file was indented or in which order its keys were written', () => {
    const written = JSON.parse('{ "b": { "y": 1,\n  "x": [ 2, {"q": 1, "p": 0} ] },\n "a": "" }') as object;
    const reordered = JSON.parse('{"a":"","b":{"x":[2,{"p":0,"q":1}],"y":1}}') as object;
    expect(signingText(written)).toBe(signingText(reordered));
  });

  it('covers what the written file holds: undefined fields are absent, lone surrogates escaped', () => {
    expect(signingText({ a: undefined, b: '\ud800', c: [undefined] })).toBe('{"b":"\\ud800","c":[null]}');
  });
});
