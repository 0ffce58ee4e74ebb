/** A place in a text, as editors show it: 1-based line and 1-based column (UTF-16 code units). */
export interface TextPosition {
  line: number;
  column: number;
}

/**
 * Maps character offsets of one text to line and column.
 *
 * @remarks
 * The line-start table is built on first use and then answers each lookup by binary
 * search, so a file with thousands of diagnostics is not rescanned for each one.
 * `\n`, `\r\n` and a lone `\r` each end a line, as in JSON's own whitespace rules.
 */
export function createPositionIndex(text: string): (offset: number) => TextPosition {
  let lineStarts: number[] | undefined;
  return (offset) => {
    lineStarts ??= findLineStarts(text);
    const clamped = Math.max(0, Math.min(offset, text.length));
    let low = 0;
    let high = lineStarts.length - 1;
    while (low < high) {
      const middle = (low + high + 1) >> 1;
      if (lineStarts[middle]! <= clamped) low = middle;
      else high = middle - 1;
    }
    return { line: low + 1, column: clamped - lineStarts[low]! + 1 };
  };
}

/** The position of one offset, without keeping an index (for a single error). */
export function positionAt(text: string, offset: number): TextPosition {
  return createPositionIndex(text)(offset);
}

function findLineStarts(text: string): number[] {
  const starts = [0];
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code === 0x0a) starts.push(i + 1);
    else if (code === 0x0d) {
      if (text.charCodeAt(i + 1) === 0x0a) i++;
      starts.push(i + 1);
    }
  }
  return starts;
}
