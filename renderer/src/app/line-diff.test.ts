import { describe, expect, it } from 'vitest';
import { collapseUnchanged, diffLines, sideBySide } from './line-diff';

const sides = (left: string, right: string) => diffLines(left, right).map((row) => `${row.kind[0]} ${row.text}`);

describe('compare view line diff', () => {
  it('shows identical texts as all shared lines', () => {
    expect(sides('a\nb\n', 'a\nb\n')).toEqual(['s a', 's b']);
  });

  it('marks a changed line as removed on disk side and added on the editor side', () => {
    expect(sides('a\n"name": "Old"\nc\n', 'a\n"name": "New"\nc\n')).toEqual(['s a', 'l "name": "Old"', 'r "name": "New"', 's c']);
  });

  it('keeps lines both sides share between insertions', () => {
    expect(sides('a\nc\ne\n', 'a\nb\nc\nd\ne\n')).toEqual(['s a', 'r b', 's c', 'r d', 's e']);
  });

  it('numbers the lines of each side separately', () => {
    const rows = diffLines('x\ny\n', 'y\n');
    expect(rows).toEqual([
      { kind: 'left', leftNumber: 1, text: 'x' },
      { kind: 'same', leftNumber: 2, rightNumber: 1, text: 'y' },
    ]);
  });
});

describe('compare view of large files', () => {
  it('keeps three lines of context around a change and folds the rest', () => {
    const left = Array.from({ length: 20 }, (_, i) => `line ${i}`).join('\n');
    const right = left.replace('line 10', 'line ten');
    const shown = collapseUnchanged(diffLines(left, right));
    expect(shown.map((row) => (row.kind === 'skip' ? `skip ${row.count}` : row.text))).toEqual([
      'skip 7',
      'line 7',
      'line 8',
      'line 9',
      'line 10',
      'line ten',
      'line 11',
      'line 12',
      'line 13',
      'skip 6',
    ]);
  });
});

describe('side-by-side pairing', () => {
  it('shows a changed line next to its replacement', () => {
    const rows = sideBySide(diffLines('a\nold\nc\n', 'a\nnew\nextra\nc\n'));
    expect(rows).toEqual([
      { kind: 'same', left: { number: 1, text: 'a' }, right: { number: 1, text: 'a' } },
      { kind: 'changed', left: { number: 2, text: 'old' }, right: { number: 2, text: 'new' } },
      { kind: 'changed', right: { number: 3, text: 'extra' } },
      { kind: 'same', left: { number: 3, text: 'c' }, right: { number: 4, text: 'c' } },
    ]);
  });
});

describe('compare view of long, slightly different files', () => {
  const numbered = (count: number) => Array.from({ length: count }, (_, i) => `"line": ${i}`);
  const changedRows = (left: string[], right: string[]) =>
    diffLines(left.join('\n'), right.join('\n')).filter((row) => row.kind !== 'same');

  it('shows only the changed lines when the differing stretch is thousands of lines long', () => {
    // given: 3000 lines where the first, the middle and the last line differ, so no common start
    // or end shortens the comparison
    const left = numbered(3000);
    const right = [...left];
    right[0] = '"line": "first"';
    right[1500] = '"line": "middle"';
    right[2999] = '"line": "last"';
    // then: three lines removed and three added, everything else shared
    expect(changedRows(left, right).map((row) => `${row.kind} ${row.leftNumber ?? row.rightNumber} ${row.text}`)).toEqual([
      'left 1 "line": 0',
      'right 1 "line": "first"',
      'left 1501 "line": 1500',
      'right 1501 "line": "middle"',
      'left 3000 "line": 2999',
      'right 3000 "line": "last"',
    ]);
  });

  it('shows one inserted line in a long file as one added line', () => {
    const left = numbered(5000);
    const right = [...left.slice(0, 2500), '"inserted": true', ...left.slice(2500)];
    right[0] = '"line": "first"';
    right[right.length - 1] = '"line": "last"';
    expect(changedRows(left, right).filter((row) => row.kind === 'right').map((row) => row.text)).toEqual([
      '"line": "first"',
      '"inserted": true',
      '"line": "last"',
    ]);
  });

  it('keeps every line of each side, in order, even when the files have nothing in common', () => {
    const left = numbered(3000);
    const right = left.map((line) => `${line} changed`);
    const rows = diffLines(left.join('\n'), right.join('\n'));
    expect(rows.filter((row) => row.kind !== 'right').map((row) => row.text)).toEqual(left);
    expect(rows.filter((row) => row.kind !== 'left').map((row) => row.text)).toEqual(right);
    expect(rows.filter((row) => row.kind === 'left').map((row) => row.leftNumber)).toEqual(left.map((_, i) => i + 1));
  });
});
