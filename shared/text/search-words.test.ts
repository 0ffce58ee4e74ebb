import { describe, expect, it } from 'vitest';
import { containsAllWords, foldForSearch, searchWords } from './search-words';

describe('library search words', () => {
  it('compares without case or accents, in Portuguese and Spanish as in English', () => {
    const text = foldForSearch('Promoção de VERÃO\nAcción rápida');
    expect(containsAllWords(text, searchWords('promocao verao'))).toBe(true);
    expect(containsAllWords(text, searchWords('ACCION Rapida'))).toBe(true);
  });

  it('needs every word, in any order, and has no words for a blank query', () => {
    const text = foldForSearch('Ask for the order number');
    expect(containsAllWords(text, searchWords('number order'))).toBe(true);
    expect(containsAllWords(text, searchWords('order invoice'))).toBe(false);
    expect(searchWords('  \t ')).toEqual([]);
  });
});
