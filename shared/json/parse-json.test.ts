import { findNodeAtLocation, parseTree } from 'jsonc-parser';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseJson } from './parse-json';
import type { ParsedJson, ParsedJsonFailure, ParsedJsonOk } from './parse-json';
import { positionAt } from './text-positions';

const utf8 = (text: string) => new TextEncoder().encode(text);

function expectOk(parsed: ParsedJson): ParsedJsonOk {
  if (!parsed.ok) throw new Error(`expected ok, got: ${parsed.message}`);
  return parsed;
}

function expectFailure(parsed: ParsedJson): ParsedJsonFailure {
  if (parsed.ok) throw new Error('expected the input to be refused');
  return parsed;
}

describe('parseJson accepts valid JSON', () => {
  it('returns the same value as JSON.parse for text and for UTF-8 bytes', () => {
    const text = '{\n  "name": "Welcome — ✓ 😀",\n  "nodes": [1, 2.5, true, null, {"a": []}]\n}\n';
    expect(expectOk(parseJson(text)).value).toEqual(JSON.parse(text));
    expect(expectOk(parseJson(utf8(text))).value).toEqual(JSON.parse(text));
  });

  it('skips a UTF-8 byte-order mark, in bytes and in text, and counts columns after it', () => {
    const bytes = new Uint8Array([0xef, 0xbb, 0xbf, ...utf8('{"a": 1}')]);
    const fromBytes = expectOk(parseJson(bytes));
    expect(fromBytes.value).toEqual({ a: 1 });
    expect(fromBytes.locate(['a'])).toEqual({ line: 1, column: 7 });
    expect(expectOk(parseJson('\uFEFF{"a": 1}')).value).toEqual({ a: 1 });
  });

  it('leaves non-object roots to the caller', () => {
    expect(expectOk(parseJson('[1]')).value).toEqual([1]);
    expect(expectOk(parseJson(' "text" ')).value).toBe('text');
  });

  it('accepts keys that only look like forbidden ones', () => {
    expect(expectOk(parseJson('{"__proto": 1, "Constructor": 2, "prototypes": 3}')).value).toEqual({
      __proto: 1,
      Constructor: 2,
      prototypes: 3,
    });
  });

  it('accepts the same key in different objects and strings containing quotes and brackets', () => {
    const text = '{"a": {"id": 1}, "b": {"id": 2}, "c": "\\"}{[,\\\\", "d": ["id", "id"]}';
    expect(expectOk(parseJson(text)).value).toEqual(JSON.parse(text));
  });

  it('accepts nesting up to maxDepth', () => {
    expect(parseJson('[[[1]]]', { maxDepth: 3 }).ok).toBe(true);
    expect(parseJson('['.repeat(512) + ']'.repeat(512)).ok).toBe(true);
  });
});

describe('parseJson refuses unsafe or broken input with one message and a position', () => {
  it('refuses bytes that are not UTF-8, pointing at the bad byte', () => {
    const bytes = new Uint8Array([...utf8('{\n  "name": "caf'), 0xe9, ...utf8('"\n}')]); // Latin-1 é
    const failure = expectFailure(parseJson(bytes));
    expect(failure.message).toBe('not valid UTF-8 text: invalid byte 0xE9 at byte offset 16');
    expect(failure).toMatchObject({ line: 2, column: 15 });
  });

  it.each([
    ['an overlong encoding', [0xc0, 0xaf]],
    ['an encoded surrogate', [0xed, 0xa0, 0x80]],
    ['a code point beyond U+10FFFF', [0xf4, 0x90, 0x80, 0x80]],
    ['a character cut off at the end', [0xe2, 0x82]],
  ])('refuses %s instead of replacing it with U+FFFD', (_name, bad) => {
    const failure = expectFailure(parseJson(new Uint8Array([...utf8('["'), ...bad, ...utf8('"]')])));
    expect(failure.message).toMatch(/^not valid UTF-8 text: invalid byte 0x[0-9A-F]{2} at byte offset 2$/);
  });

  it('refuses empty and whitespace-only input', () => {
    expect(expectFailure(parseJson('')).message).toBe('no JSON value: the input is empty');
    expect(expectFailure(parseJson(new Uint8Array())).message).toBe('no JSON value: the input is empty');
    expect(expectFailure(parseJson(' \n\t\r\n')).message).toBe('no JSON value: the input contains only whitespace');
    expect(expectFailure(parseJson('\uFEFF')).message).toBe('no JSON value: the input is empty');
  });

  it('reports truncated input at the end of the text', () => {
    const failure = expectFailure(parseJson('{\n  "nodes": [\n    {"id": "a"'));
    expect(failure.message).toMatch(/^unexpected end of input: the JSON text is truncated/);
    expect(failure).toMatchObject({ line: 3, column: 15 });
  });

  it('reports a file cut off inside a string as truncated, at the end of the text', () => {
    expect(expectFailure(parseJson('{\n  "name": "Welc'))).toEqual({
      ok: false,
      message: 'unexpected end of input: the JSON text is truncated (unterminated string)',
      line: 2,
      column: 16,
    });
    // A string broken by a line break is a syntax error where it starts, not truncation.
    expect(expectFailure(parseJson('{\n  "name": "Welc\n}'))).toMatchObject({ message: 'invalid JSON: unterminated string', line: 2, column: 11 });
  });

  it.each([
    ['a missing comma', '{\n  "a": 1\n  "b": 2\n}', 3, 3, "invalid JSON: expected ',' or a closing bracket"],
    ['a trailing comma', '[1, 2,]', 1, 7, 'invalid JSON: expected a value'],
    ['a comment', '{\n  // note\n  "a": 1\n}', 2, 3, 'invalid JSON: comments are not allowed in JSON'],
    ['a single-quoted string', "{'a': 1}", 1, 2, 'invalid JSON: strings and property names must use double quotes'],
    ['a missing closing bracket', '{"a": [1, 2}', 1, 12, "invalid JSON: expected ',' or a closing bracket"],
    ['a bare word', '{"a": yes}', 1, 7, 'invalid JSON: unexpected "yes"'],
    ['a no-break space between tokens', '{"a":\u00a01}', 1, 6, 'invalid JSON: unexpected character U+00A0'],
    ['a raw control character in a string', '["a\u0001b"]', 1, 2, 'invalid JSON: control characters in strings must be escaped'],
    ['content after the value', '{"a": 1}\n{"b": 2}', 2, 1, 'invalid JSON: unexpected content after the end of the JSON value'],
  ])('reports invalid JSON (%s) with its line and column', (_name, text, line, column, message) => {
    expect(expectFailure(parseJson(text))).toEqual({ ok: false, message, line, column });
  });

  it('refuses nesting deeper than maxDepth at the first bracket too many', () => {
    const failure = expectFailure(parseJson('{"a": [[[1]]]}', { maxDepth: 3 }));
    expect(failure.message).toBe('too deeply nested: more than 3 levels of arrays and objects inside each other');
    expect(failure).toMatchObject({ line: 1, column: 9 });
  });

  it('refuses 100,000 levels of nesting without a stack overflow, even when truncated', () => {
    const arrays = expectFailure(parseJson('['.repeat(100_000) + ']'.repeat(100_000)));
    const objects = expectFailure(parseJson('{"a":'.repeat(100_000)));
    expect(arrays.message).toMatch(/^too deeply nested: more than 512 levels/);
    expect(objects.message).toMatch(/^too deeply nested: more than 512 levels/);
  });

  it.each(['__proto__', 'constructor', 'prototype'])('refuses the key %s anywhere, with its position', (key) => {
    const failure = expectFailure(parseJson(`{\n  "nodes": [\n    {"config": {"${key}": {"polluted": true}}}\n  ]\n}`));
    expect(failure.message).toBe(`forbidden key "${key}": the keys __proto__, constructor and prototype are not allowed`);
    expect(failure).toMatchObject({ line: 3, column: 17 });
    expect(({} as Record<string, unknown>)['polluted']).toBeUndefined();
  });

  it('refuses a forbidden key written with escapes', () => {
    expect(expectFailure(parseJson('{"\\u005F\\u005Fproto__": {}}')).message).toMatch(/^forbidden key "__proto__"/);
  });

  it('refuses duplicate keys in one object, pointing at the second', () => {
    const failure = expectFailure(parseJson('{\n  "id": "a",\n  "name": "x",\n  "id": "b"\n}'));
    expect(failure).toEqual({
      ok: false,
      message: 'duplicate key "id" in one object: the document would be ambiguous',
      line: 4,
      column: 3,
    });
  });

  it('reports a syntax error before a key problem', () => {
    expect(expectFailure(parseJson('{"a": 1, "a": 2')).message).toMatch(/^unexpected end of input/);
  });
});

describe('locate maps JSON paths to positions', () => {
  const text = [
    '{',
    '  "name": "Welcome",',
    '  "nodes": [',
    '    { "id": "a", "config": { "text": "hi" } },',
    '    {',
    '      "id": "b",',
    '      "config": {}',
    '    }',
    '  ]',
    '}',
  ].join('\r\n');
  const parsed = expectOk(parseJson(text));

  it('finds the start of the value at a path (lines counted across CRLF)', () => {
    expect(parsed.locate([])).toEqual({ line: 1, column: 1 });
    expect(parsed.locate(['name'])).toEqual({ line: 2, column: 11 });
    expect(parsed.locate(['nodes', 0, 'config', 'text'])).toEqual({ line: 4, column: 38 });
    expect(parsed.locate(['nodes', 1])).toEqual({ line: 5, column: 5 });
    expect(parsed.locate(['nodes', '1', 'id'])).toEqual({ line: 6, column: 13 });
  });

  it('falls back to the closest existing ancestor', () => {
    expect(parsed.locate(['nodes', 1, 'config', 'text'])).toEqual({ line: 7, column: 17 });
    expect(parsed.locate(['nodes', 7, 'id'])).toEqual({ line: 3, column: 12 });
    expect(parsed.locate(['name', 'deeper'])).toEqual({ line: 2, column: 11 });
  });

  it('agrees with a full syntax tree for any JSON document', () => {
    const safeKey = fc.string().filter((key) => !['__proto__', 'constructor', 'prototype'].includes(key));
    const document = fc.letrec((tie) => ({
      value: fc.oneof(
        { depthSize: 'small' },
        fc.oneof(fc.string(), fc.double({ noNaN: true, noDefaultInfinity: true }), fc.boolean(), fc.constant(null)),
        fc.array(tie('value')),
        fc.dictionary(safeKey, tie('value')),
      ),
    })).value;
    fc.assert(
      fc.property(document, fc.integer({ min: 0, max: 4 }), (value, indent) => {
        const json = JSON.stringify(value, null, indent);
        const ok = expectOk(parseJson(json));
        expect(ok.value).toEqual(JSON.parse(json));
        const tree = parseTree(json)!;
        for (const path of pathsOf(value)) {
          const node = findNodeAtLocation(tree, path)!;
          expect(ok.locate(path)).toEqual(positionAt(json, node.offset));
        }
      }),
      { numRuns: 200 },
    );
  });
});

// Speed is a benchmark's question, not a timed test's (shared machines are noisy); here, that it copes.
describe('parseJson on large documents', () => {
  it('parses a 10 MB document and locates a path near its end', () => {
    const nodes = Array.from({ length: 35_000 }, (_, i) => ({
      id: `node-${i}`,
      type: 'send-message',
      name: `Step ${i} — "quoted" \\ text`,
      position: { x: i * 10, y: i * 20 },
      config: { text: 'Hello {{contact.firstName}}, thanks for your message.', tags: ['a', 'b'], retries: 3 },
    }));
    const text = JSON.stringify({ format: 'flowpack.flow', nodes }, null, 2);
    expect(text.length).toBeGreaterThan(10_000_000);
    const bytes = utf8(text);
    const parsed = expectOk(parseJson(bytes));
    const position = parsed.locate(['nodes', 34_999, 'config', 'text']);
    expect(position?.line).toBeGreaterThan(500_000);
  });
});

function pathsOf(value: unknown, prefix: (string | number)[] = []): (string | number)[][] {
  const paths = [prefix];
  if (Array.isArray(value)) value.forEach((item, index) => paths.push(...pathsOf(item, [...prefix, index])));
  else if (value !== null && typeof value === 'object') {
    for (const [key, item] of Object.entries(value)) paths.push(...pathsOf(item, [...prefix, key]));
  }
  return paths;
}
