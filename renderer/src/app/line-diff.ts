import { diffArrays } from 'diff';

/** One row of a side-by-side comparison: the same line on both sides, or a line only on one. */
export interface DiffRow {
  kind: 'same' | 'left' | 'right';
  /** 1-based line numbers on each side, when the row has a line there. */
  leftNumber?: number;
  rightNumber?: number;
  text: string;
}

// Beyond this many added plus removed lines the two texts have little in common and an exact
// comparison costs seconds (its work grows with the file's length times the number of edits), so
// the differing stretch is shown as removed then added: still every line, in order.
const MAX_EDITED_LINES = 1000;

/**
 * Compares two texts line by line, for the "Compare" view of a conflict: what is on disk against
 * what is in the editor. The comparison is jsdiff's (Myers' shortest edit script), whose cost grows
 * with the number of changed lines, not with the size of the files.
 */
export function diffLines(left: string, right: string): DiffRow[] {
  const a = splitLines(left);
  const b = splitLines(right);
  const changes = diffArrays(a, b, { maxEditLength: MAX_EDITED_LINES });
  if (!changes) return removedThenAdded(a, b);
  const rows: DiffRow[] = [];
  let leftNumber = 1;
  let rightNumber = 1;
  for (const change of changes) {
    for (const text of change.value) {
      if (change.removed) rows.push({ kind: 'left', leftNumber: leftNumber++, text });
      else if (change.added) rows.push({ kind: 'right', rightNumber: rightNumber++, text });
      else rows.push({ kind: 'same', leftNumber: leftNumber++, rightNumber: rightNumber++, text });
    }
  }
  return rows;
}

/** The common start and end as shared lines, and everything between as removed then added. */
function removedThenAdded(a: string[], b: string[]): DiffRow[] {
  let start = 0;
  while (start < a.length && start < b.length && a[start] === b[start]) start++;
  let endA = a.length;
  let endB = b.length;
  while (endA > start && endB > start && a[endA - 1] === b[endB - 1]) {
    endA--;
    endB--;
  }
  const rows: DiffRow[] = [];
  for (let i = 0; i < start; i++) rows.push({ kind: 'same', leftNumber: i + 1, rightNumber: i + 1, text: a[i]! });
  for (let i = start; i < endA; i++) rows.push({ kind: 'left', leftNumber: i + 1, text: a[i]! });
  for (let j = start; j < endB; j++) rows.push({ kind: 'right', rightNumber: j + 1, text: b[j]! });
  for (let i = endA, j = endB; i < a.length; i++, j++) rows.push({ kind: 'same', leftNumber: i + 1, rightNumber: j + 1, text: a[i]! });
  return rows;
}

function splitLines(text: string): string[] {
  const lines = text.split(/\r?\n/);
  // A trailing newline ends the last line rather than starting an empty one.
  if (lines.length > 1 && lines[lines.length - 1] === '') lines.pop();
  return lines;
}

/** A run of unchanged lines left out of the comparison. */
export interface SkippedRows {
  kind: 'skip';
  count: number;
}

/**
 * The rows worth showing: every change with `context` unchanged lines around it; longer
 * unchanged runs become one "n unchanged lines" row, so a one-line change in a flow of
 * thousands of steps stays readable (and renders fast).
 */
export function collapseUnchanged(rows: readonly DiffRow[], context = 3): (DiffRow | SkippedRows)[] {
  const keep = new Uint8Array(rows.length);
  rows.forEach((row, index) => {
    if (row.kind === 'same') return;
    for (let i = Math.max(0, index - context); i <= Math.min(rows.length - 1, index + context); i++) keep[i] = 1;
  });
  const result: (DiffRow | SkippedRows)[] = [];
  let skipped = 0;
  rows.forEach((row, index) => {
    if (keep[index]) {
      if (skipped > 0) result.push({ kind: 'skip', count: skipped });
      skipped = 0;
      result.push(row);
    } else skipped++;
  });
  if (skipped > 0) result.push({ kind: 'skip', count: skipped });
  return result;
}

/** One line of the side-by-side view: a line on the left, on the right, or both. */
export interface SideBySideRow {
  kind: 'same' | 'changed';
  left?: { number: number; text: string };
  right?: { number: number; text: string };
}

/**
 * Lays removed and added lines next to each other: a run of lines only on disk followed by
 * a run only in the editor becomes one block of changed rows, paired line by line.
 */
export function sideBySide(rows: readonly (DiffRow | SkippedRows)[]): (SideBySideRow | SkippedRows)[] {
  const result: (SideBySideRow | SkippedRows)[] = [];
  let i = 0;
  while (i < rows.length) {
    const row = rows[i]!;
    if (row.kind === 'skip') {
      result.push(row);
      i++;
    } else if (row.kind === 'same') {
      result.push({ kind: 'same', left: { number: row.leftNumber!, text: row.text }, right: { number: row.rightNumber!, text: row.text } });
      i++;
    } else {
      const lefts: DiffRow[] = [];
      const rights: DiffRow[] = [];
      while (i < rows.length && rows[i]!.kind === 'left') lefts.push(rows[i++] as DiffRow);
      while (i < rows.length && rows[i]!.kind === 'right') rights.push(rows[i++] as DiffRow);
      for (let k = 0; k < Math.max(lefts.length, rights.length); k++) {
        const l = lefts[k];
        const r = rights[k];
        const paired: SideBySideRow = { kind: 'changed' };
        if (l) paired.left = { number: l.leftNumber!, text: l.text };
        if (r) paired.right = { number: r.rightNumber!, text: r.text };
        result.push(paired);
      }
    }
  }
  return result;
}
