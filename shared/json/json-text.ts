// Low-level steps over JSON text, shared by the structure scan and the path locator.
// They use loops, never recursion, so nesting depth cannot exhaust the stack.

const QUOTE = 0x22;
const BACKSLASH = 0x5c;

/** The index of the quote closing a string whose content starts at `from`, or -1 if unterminated. */
export function findStringEnd(text: string, from: number): number {
  let search = from;
  for (;;) {
    const quote = text.indexOf('"', search);
    if (quote < 0) return -1;
    // A quote preceded by an odd number of backslashes is escaped.
    let backslashes = 0;
    while (text.charCodeAt(quote - 1 - backslashes) === BACKSLASH) backslashes++;
    if (backslashes % 2 === 0) return quote;
    search = quote + 1;
  }
}

/** The value of the string literal from the quote at `start` to the quote at `end`, or undefined if its escapes are invalid. */
export function decodeStringLiteral(text: string, start: number, end: number): string | undefined {
  const raw = text.slice(start + 1, end);
  if (!raw.includes('\\')) return raw;
  try {
    return JSON.parse(text.slice(start, end + 1)) as string;
  } catch {
    return undefined;
  }
}

/** The first index at or after `from` that is not JSON whitespace. */
export function skipWhitespace(text: string, from: number): number {
  let i = from;
  for (;;) {
    const code = text.charCodeAt(i);
    if (code !== 0x20 && code !== 0x0a && code !== 0x0d && code !== 0x09) return i;
    i++;
  }
}

/** The length of `text` without trailing JSON whitespace (a loop: a regex here backtracks badly on long runs). */
export function lengthWithoutTrailingWhitespace(text: string): number {
  let end = text.length;
  for (;;) {
    const code = text.charCodeAt(end - 1);
    if (code !== 0x20 && code !== 0x0a && code !== 0x0d && code !== 0x09) return end;
    end--;
  }
}

/** The index just after the value that starts at `start` in valid JSON text. */
export function findValueEnd(text: string, start: number): number {
  const first = text.charCodeAt(start);
  if (first === QUOTE) return findStringEnd(text, start + 1) + 1;
  if (first === 0x7b || first === 0x5b) {
    let depth = 0;
    for (let i = start; i < text.length; i++) {
      const code = text.charCodeAt(i);
      if (code === QUOTE) i = findStringEnd(text, i + 1);
      else if (code === 0x7b || code === 0x5b) depth++;
      else if ((code === 0x7d || code === 0x5d) && --depth === 0) return i + 1;
    }
    return text.length;
  }
  // A number, true, false or null: runs until a delimiter.
  let i = start;
  while (i < text.length && !isDelimiter(text.charCodeAt(i))) i++;
  return i;
}

function isDelimiter(code: number): boolean {
  return code === 0x2c || code === 0x5d || code === 0x7d || code === 0x20 || code === 0x0a || code === 0x0d || code === 0x09;
}
