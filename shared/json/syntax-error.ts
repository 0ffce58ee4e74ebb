import { visit } from 'jsonc-parser';
import { lengthWithoutTrailingWhitespace } from './json-text';

/** Where and why a text is not JSON. */
export interface SyntaxProblem {
  message: string;
  /** Character offset of the problem; undefined when no parser could say. */
  offset?: number;
}

// jsonc-parser's ParseErrorCode is a const enum, which isolated modules cannot read; its values are stable.
const MESSAGES: Record<number, string> = {
  1: 'unexpected character',
  2: 'invalid number',
  3: 'expected a property name in double quotes',
  4: 'expected a value',
  5: "expected ':' after the property name",
  6: "expected ',' or a closing bracket",
  7: "expected '}'",
  8: "expected ']'",
  9: 'unexpected content after the end of the JSON value',
  10: 'comments are not allowed in JSON',
  11: 'comments are not allowed in JSON',
  12: 'unterminated string',
  13: 'invalid number',
  14: 'invalid \\u escape in a string',
  15: 'invalid escape sequence in a string',
  16: 'control characters in strings must be escaped',
};

const INVALID_SYMBOL = 1;
const UNEXPECTED_END_OF_STRING = 12;

/**
 * Explains why `text` (already known to fail `JSON.parse`) is not JSON, with the offset
 * of the first problem.
 *
 * @remarks
 * `JSON.parse` is strict and fast but its messages and positions differ between engines,
 * so jsonc-parser (run in strict mode: no comments, no trailing commas) finds the spot.
 * It recurses, so callers must have bounded the nesting depth first.
 */
export function describeSyntaxError(text: string, parseError: unknown): SyntaxProblem {
  let first: { code: number; offset: number } | undefined;
  visit(
    text,
    {
      onError: (code, offset) => {
        first ??= { code, offset };
      },
    },
    { disallowComments: true, allowTrailingComma: false, allowEmptyContent: false },
  );
  if (first !== undefined) {
    const detail = first.code === INVALID_SYMBOL ? describeUnexpected(text, first.offset) : (MESSAGES[first.code] ?? 'not valid JSON');
    // A string still open when the text ends is reported at its opening quote; it is truncation all the same.
    const openStringAtEnd = first.code === UNEXPECTED_END_OF_STRING && !/[\r\n]/.test(text.slice(first.offset));
    if (first.offset >= lengthWithoutTrailingWhitespace(text) || openStringAtEnd) {
      return { message: `unexpected end of input: the JSON text is truncated (${detail})`, offset: text.length };
    }
    return { message: `invalid JSON: ${detail}`, offset: first.offset };
  }
  // jsonc-parser accepted what JSON.parse refused: fall back to the engine's own words.
  const engineMessage = parseError instanceof Error ? parseError.message : String(parseError);
  const position = /at position (\d+)/.exec(engineMessage);
  return {
    message: `invalid JSON: ${engineMessage}`,
    ...(position ? { offset: Number(position[1]) } : {}),
  };
}

/** Names the unexpected text, since "unexpected character" alone sends people hunting. */
function describeUnexpected(text: string, offset: number): string {
  if (text[offset] === "'") return 'strings and property names must use double quotes';
  const word = /^[^\s,:[\]{}"]{1,20}/.exec(text.slice(offset, offset + 20))?.[0];
  if (word !== undefined) return `unexpected ${JSON.stringify(word)}`;
  // Invisible characters (a no-break space, a zero-width space) are named by code point.
  const codePoint = text.codePointAt(offset);
  return codePoint === undefined ? 'unexpected character' : `unexpected character U+${codePoint.toString(16).toUpperCase().padStart(4, '0')}`;
}
