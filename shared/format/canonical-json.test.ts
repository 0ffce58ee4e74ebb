import { describe, expect, it } from 'vitest';
import { canonicalStringify } from './canonical-json';

describe('canonicalStringify', () => {
  it('sorts unknown keys, keeps known ones in declared order, indents by two and ends with a newline', () => {
    const text = canonicalStringify({ b: 1, z: { y: [{ d: 1, c: 2 }] }, a: 2 }, (path) => (path.length === 0 ? ['z', 'b'] : undefined));
    expect(text).toBe('{\n  "z": {\n    "y": [\n      {\n        "c": 2,\n        "d": 1\n      }\n    ]\n  },\n  "b": 1,\n  "a": 2\n}\n');
  });

  it('keeps a "__proto__" key as data instead of changing the prototype', () => {
    const value = JSON.parse('{"__proto__": {"polluted": true}, "a": 1}') as object;
    const text = canonicalStringify(value);
    expect(JSON.parse(text)).toEqual(value);
    expect(text).toContain('"__proto__"');
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it('leaves out undefined values as JSON does', () => {
    expect(canonicalStringify({ a: undefined, b: 1 })).toBe('{\n  "b": 1\n}\n');
  });
});
