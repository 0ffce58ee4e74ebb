import { skipWhitespace } from './json-text';
import { createLocator } from './locate-path';
import type { JsonPath } from './locate-path';
import { scanStructure } from './scan-structure';
import type { StructureProblem } from './scan-structure';
import { describeSyntaxError } from './syntax-error';
import { positionAt } from './text-positions';
import type { TextPosition } from './text-positions';
import { decodeUtf8 } from './utf8';

/** Nesting allowed by default: far beyond any real flow, far below any stack limit. */
export const DEFAULT_MAX_DEPTH = 512;

/** Options of {@link parseJson}. */
export interface ParseJsonOptions {
  /** Most arrays and objects inside each other; deeper input is refused. Default {@link DEFAULT_MAX_DEPTH}. */
  maxDepth?: number;
}

/** A JSON text that was read safely, with a way back from JSON paths to text positions. */
export interface ParsedJsonOk {
  ok: true;
  value: unknown;
  /** The position of the value at `path`, or of its closest existing ancestor. */
  locate(path: JsonPath): TextPosition | undefined;
}

/** Why a text was refused: one message, and where when that is known (1-based). */
export interface ParsedJsonFailure {
  ok: false;
  message: string;
  line?: number;
  column?: number;
}

export type ParsedJson = ParsedJsonOk | ParsedJsonFailure;

const BYTE_ORDER_MARK = 0xfeff;

/**
 * Reads untrusted JSON (a file someone sent, an upload) and either returns its value or
 * refuses it with one clear message.
 *
 * @remarks
 * Refused: bytes that are not UTF-8, empty or whitespace-only input, invalid or truncated
 * JSON, nesting deeper than `maxDepth` (measured without recursion, so 100,000 levels
 * fail fast instead of overflowing the stack), the keys `__proto__`, `constructor` and
 * `prototype` anywhere (prototype pollution), and duplicate keys in one object (the
 * document would mean different things to different readers). A leading UTF-8
 * byte-order mark is skipped; positions count from the character after it. What the
 * root value may be is the caller's concern.
 *
 * @example
 * const parsed = parseJson(bytes);
 * if (!parsed.ok) report(`${file}:${parsed.line}:${parsed.column}: ${parsed.message}`);
 */
export function parseJson(input: string | Uint8Array, options: ParseJsonOptions = {}): ParsedJson {
  const maxDepth = options.maxDepth ?? DEFAULT_MAX_DEPTH;
  let text: string;
  if (typeof input === 'string') text = input;
  else {
    const decoded = decodeUtf8(input);
    if (!decoded.ok) {
      const hex = decoded.byte.toString(16).toUpperCase().padStart(2, '0');
      const prefix = stripByteOrderMark(decoded.validPrefix);
      return failure(`not valid UTF-8 text: invalid byte 0x${hex} at byte offset ${decoded.byteOffset}`, prefix, prefix.length);
    }
    text = decoded.text;
  }
  text = stripByteOrderMark(text);

  if (text.length === 0) return { ok: false, message: 'no JSON value: the input is empty' };
  // JSON's own whitespace only: a no-break space is not whitespace to a JSON parser.
  if (skipWhitespace(text, 0) === text.length) return { ok: false, message: 'no JSON value: the input contains only whitespace' };

  const scan = scanStructure(text, maxDepth);
  if (scan.tooDeep) return failure(describeStructureProblem(scan.tooDeep), text, scan.tooDeep.offset);

  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (error) {
    const syntax = describeSyntaxError(text, error);
    return failure(syntax.message, text, syntax.offset);
  }
  if (scan.keyProblem) return failure(describeStructureProblem(scan.keyProblem), text, scan.keyProblem.offset);

  return { ok: true, value, locate: createLocator(text) };
}

function stripByteOrderMark(text: string): string {
  return text.charCodeAt(0) === BYTE_ORDER_MARK ? text.slice(1) : text;
}

function failure(message: string, text: string, offset: number | undefined): ParsedJsonFailure {
  if (offset === undefined) return { ok: false, message };
  return { ok: false, message, ...positionAt(text, offset) };
}

function describeStructureProblem(problem: StructureProblem): string {
  switch (problem.kind) {
    case 'too-deep':
      return `too deeply nested: more than ${problem.maxDepth} levels of arrays and objects inside each other`;
    case 'forbidden-key':
      return `forbidden key ${JSON.stringify(problem.key)}: the keys __proto__, constructor and prototype are not allowed`;
    case 'duplicate-key':
      return `duplicate key ${JSON.stringify(problem.key)} in one object: the document would be ambiguous`;
  }
}
