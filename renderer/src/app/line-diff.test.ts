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
