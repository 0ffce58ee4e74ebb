import { decodeStringLiteral, findStringEnd } from './json-text';

/**
 * Keys that are refused anywhere in a document: on plain objects they reach
 * `Object.prototype` through assignment, spreads and merges (prototype pollution).
 */
export const FORBIDDEN_KEYS: ReadonlySet<string> = new Set(['__proto__', 'constructor', 'prototype']);

/** What {@link scanStructure} found wrong with the shape of a JSON text. */
export type StructureProblem =
  | { kind: 'too-deep'; offset: number; maxDepth: number }
  | { kind: 'forbidden-key'; offset: number; key: string }
  | { kind: 'duplicate-key'; offset: number; key: string };

/** The problems of a text: nesting is fatal on its own; key problems count only once the text is valid JSON. */
export interface StructureScan {
  tooDeep?: StructureProblem & { kind: 'too-deep' };
  keyProblem?: StructureProblem & { kind: 'forbidden-key' | 'duplicate-key' };
}

const QUOTE = 0x22;
const OPEN_BRACE = 0x7b;
const CLOSE_BRACE = 0x7d;
const OPEN_BRACKET = 0x5b;
const CLOSE_BRACKET = 0x5d;
const COMMA = 0x2c;
const COLON = 0x3a;

/**
 * One iterative pass over a JSON text that measures nesting and checks object keys,
 * before any recursive parser sees it.
 *
 * @remarks
 * Recursive parsers overflow the stack on deeply nested input (100,000 `[` is 100 KB),
 * so depth is measured here with a loop and the scan stops at the first level over
 * `maxDepth`. Keys are recognised by position (the first string after `{` or `,` inside
 * an object) and decoded, so an escaped `"\u005f_proto__"` is caught too. On text that
 * is not valid JSON the key findings may be meaningless; callers report syntax first.
 */
export function scanStructure(text: string, maxDepth: number): StructureScan {
  const result: StructureScan = {};
  // One entry per open container: the keys seen so far for objects, undefined for arrays.
  const open: (Set<string> | undefined)[] = [];
  let expectKey = false;
  let i = 0;
  while (i < text.length) {
    const code = text.charCodeAt(i);
    if (code === QUOTE) {
      const end = findStringEnd(text, i + 1);
      if (end < 0) break;
      if (expectKey && result.keyProblem === undefined) {
        result.keyProblem = checkKey(text, i, end, open[open.length - 1]);
      }
      expectKey = false;
      i = end + 1;
      continue;
    }
    if (code === OPEN_BRACE || code === OPEN_BRACKET) {
      if (open.length >= maxDepth) {
        result.tooDeep = { kind: 'too-deep', offset: i, maxDepth };
        return result;
      }
      open.push(code === OPEN_BRACE ? new Set() : undefined);
      expectKey = code === OPEN_BRACE;
    } else if (code === CLOSE_BRACE || code === CLOSE_BRACKET) {
      open.pop();
      expectKey = false;
    } else if (code === COMMA) {
      expectKey = open.length > 0 && open[open.length - 1] !== undefined;
    } else if (code === COLON) {
      expectKey = false;
    }
    i++;
  }
  return result;
}

function checkKey(
  text: string,
  start: number,
  end: number,
  seen: Set<string> | undefined,
): StructureScan['keyProblem'] {
  const key = decodeStringLiteral(text, start, end);
  // An invalid escape leaves the key unknown: the syntax check reports it.
  if (key === undefined) return undefined;
  if (FORBIDDEN_KEYS.has(key)) return { kind: 'forbidden-key', offset: start, key };
  if (seen === undefined) return undefined;
  if (seen.has(key)) return { kind: 'duplicate-key', offset: start, key };
  seen.add(key);
  return undefined;
}
