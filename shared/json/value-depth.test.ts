import { describe, expect, it } from 'vitest';
import { DEFAULT_MAX_DEPTH, parseJson } from './parse-json';
import { valueDepth } from './value-depth';

const nested = (levels: number): unknown => {
  let value: unknown = 'leaf';
  for (let i = 0; i < levels; i++) value = i % 2 === 0 ? { a: value } : [value];
  return value;
};

describe('valueDepth', () => {
  it('counts levels as parseJson does, so a value it accepts is one the clients can read back', () => {
    expect(valueDepth('text', 10)).toBe(0);
    expect(valueDepth({}, 10)).toBe(1);
    expect(valueDepth({ a: [1, { b: [] }], c: 2 }, 10)).toBe(4);
    const atLimit = nested(DEFAULT_MAX_DEPTH);
    expect(valueDepth(atLimit, DEFAULT_MAX_DEPTH)).toBe(DEFAULT_MAX_DEPTH);
    expect(parseJson(JSON.stringify(atLimit)).ok).toBe(true);
    expect(parseJson(JSON.stringify([atLimit])).ok).toBe(false);
  });

  it('stops counting past the limit, without recursion, however deep the value is', () => {
    expect(valueDepth(nested(100_000), 512)).toBe(513);
  });
});
