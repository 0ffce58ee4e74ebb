import { describe, expect, it } from 'vitest';
import { copyJson } from './copy-json';

describe('copyJson', () => {
  it('copies every level, in key order, so changing the copy never changes the original', () => {
    const original = { b: 1, a: [{ x: 'y', n: null }, [true, 2.5]], c: { d: {} } };
    const copy = copyJson(original);
    expect(copy).toEqual(original);
    expect(Object.keys(copy)).toEqual(['b', 'a', 'c']);
    (copy.a[0] as { x: string }).x = 'changed';
    copy.c.d = { e: 1 } as object;
    expect(original).toEqual({ b: 1, a: [{ x: 'y', n: null }, [true, 2.5]], c: { d: {} } });
  });

  it('keeps a "__proto__" member as data instead of setting the prototype', () => {
    // Parsed leniently here only to build such an object; the document reader refuses the key.
    const value = JSON.parse('{"__proto__": {"polluted": true}, "ok": 1}') as Record<string, unknown>;
    const copy = copyJson(value);
    expect(Object.getPrototypeOf(copy)).toBe(Object.prototype);
    expect(Object.keys(copy)).toEqual(['__proto__', 'ok']);
    expect((copy as { polluted?: unknown }).polluted).toBeUndefined();
  });
});
