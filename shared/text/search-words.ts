/**
 * Searching as the library does: every word of the query must occur in the text, ignoring
 * case and accents, so "promocao" finds "Promoção" and "ACCION" finds "acción".
 */

/** Lower case without accents: the form both the text searched and the query's words are compared in. */
export function foldForSearch(text: string): string {
  return text.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();
}

/** The query's words, folded; none for a blank query. */
export function searchWords(query: string): string[] {
  return foldForSearch(query).split(/\s+/).filter(Boolean);
}

/** Whether every word occurs in `folded` (a text already passed through {@link foldForSearch}). */
export function containsAllWords(folded: string, words: readonly string[]): boolean {
  return words.every((word) => folded.includes(word));
}
