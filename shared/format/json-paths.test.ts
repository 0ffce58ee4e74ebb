import { describe, expect, it } from 'vitest';
import { fieldPattern, pathMatches, valuesAt } from './json-paths';

describe('valuesAt', () => {
  const config = {
    text: 'Hi',
    headers: [
      { name: 'Authorization', values: ['a', 'b'] },
      { name: 'Accept', values: [] },
      { name: 'X-Key', values: ['c'] },
    ],
  };

  it('finds a plain field with its path, and nothing for a missing or inherited one', () => {
    expect(valuesAt(config, fieldPattern('text'))).toEqual([['Hi', ['text']]]);
    expect(valuesAt(config, fieldPattern('subject'))).toEqual([]);
    expect(valuesAt(config, fieldPattern('toString'))).toEqual([]);
    expect(valuesAt('not an object', fieldPattern('text'))).toEqual([]);
  });

  it('finds every element of nested lists in document order, each with its own path', () => {
    expect(valuesAt(config, fieldPattern('headers[].values[]'))).toEqual([
      ['a', ['headers', 0, 'values', 0]],
      ['b', ['headers', 0, 'values', 1]],
      ['c', ['headers', 2, 'values', 0]],
    ]);
    const [first, second] = valuesAt(config, fieldPattern('headers[].name'));
    expect(first![1]).not.toBe(second![1]);
  });
});

describe('pathMatches', () => {
  it('matches a concrete path against a declared field, a list position standing for any index', () => {
    expect(pathMatches(fieldPattern('tags[]'), ['tags', 3])).toBe(true);
    expect(pathMatches(fieldPattern('conditions[].segment'), ['conditions', 0, 'segment'])).toBe(true);
    expect(pathMatches(fieldPattern('tags[]'), ['tags', '3'])).toBe(false);
    expect(pathMatches(fieldPattern('tags[]'), ['tags'])).toBe(false);
    expect(pathMatches(fieldPattern('team'), ['teams'])).toBe(false);
  });
});
