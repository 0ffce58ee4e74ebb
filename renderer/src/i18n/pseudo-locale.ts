import type { StringTree } from '../../../shared/locales/translation';

/**
 * A pseudo-locale, as Chrome and Android ship one: every English string accented, about a third
 * longer and wrapped in markers, so a screenshot shows at once a string that bypasses the
 * translations (no markers) or a label that does not fit (the padding is cut off). It is made
 * from English when the app starts and is chosen for testing only, never from the Language menu.
 */
export const PSEUDO_LOCALE = 'en-XA';

/** What opens and closes every pseudo-translated string. */
export const PSEUDO_OPEN = '⟦';
export const PSEUDO_CLOSE = '⟧';

const ACCENTED: Readonly<Record<string, string>> = {
  a: 'á', b: 'ƀ', c: 'ç', d: 'ð', e: 'é', f: 'ƒ', g: 'ĝ', h: 'ĥ', i: 'í', j: 'ĵ', k: 'ķ', l: 'ļ', m: 'ɱ',
  n: 'ñ', o: 'ó', p: 'þ', q: 'ǫ', r: 'ŕ', s: 'š', t: 'ţ', u: 'ú', v: 'ṽ', w: 'ŵ', x: 'ẋ', y: 'ý', z: 'ž',
  A: 'Á', B: 'Ɓ', C: 'Ç', D: 'Ð', E: 'É', F: 'Ƒ', G: 'Ĝ', H: 'Ĥ', I: 'Í', J: 'Ĵ', K: 'Ķ', L: 'Ļ', M: 'Ṁ',
  N: 'Ñ', O: 'Ó', P: 'Þ', Q: 'Ǫ', R: 'Ŕ', S: 'Š', T: 'Ţ', U: 'Ú', V: 'Ṽ', W: 'Ŵ', X: 'Ẋ', Y: 'Ý', Z: 'Ž',
};

// Parts a translation must keep as they are: i18next placeholders and nesting, and the tags
// react-i18next's Trans reads (`<0>`, `<strong>`, `<br/>`), not prose such as "<your name>".
const KEPT = /(\{\{[^}]*\}\}|\$t\([^)]*\)|<\/?[A-Za-z0-9]+\s*\/?>)/;
const ALL_KEPT = new RegExp(KEPT.source, 'g');

// Words, as Android's pseudo-locale pads: they wrap where a real translation would.
const PADDING_WORDS = ['one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten'];

/** About 35% of `length` as padding words (at least one), the growth a translation may bring. */
function padding(length: number): string {
  const wanted = Math.max(3, Math.ceil(length * 0.35));
  const words: string[] = [];
  let size = 0;
  for (let index = 0; size < wanted; index += 1) {
    const word = PADDING_WORDS[index % PADDING_WORDS.length]!;
    words.push(word);
    size += word.length + 1;
  }
  return words.join(' ');
}

const cache = new Map<string, string>();

/**
 * `text` in the pseudo-locale: letters accented, padded by about 35%, between ⟦ and ⟧;
 * placeholders (`{{count}}`), nesting and tags are kept intact. Empty text stays empty.
 */
export function pseudoLocalize(text: string): string {
  if (text.trim() === '') return text;
  let made = cache.get(text);
  if (made === undefined) {
    const accented = text
      .split(KEPT)
      .map((part, index) => (index % 2 === 1 ? part : [...part].map((char) => ACCENTED[char] ?? char).join('')))
      .join('');
    made = `${PSEUDO_OPEN}${accented} ${padding(text.replace(ALL_KEPT, '').length)}${PSEUDO_CLOSE}`;
    cache.set(text, made);
  }
  return made;
}

/** Every string of `tree` in the pseudo-locale, under the same keys (plural suffixes included). */
export function pseudoTree(tree: StringTree): StringTree {
  return Object.fromEntries(Object.entries(tree).map(([key, value]) => [key, typeof value === 'string' ? pseudoLocalize(value) : pseudoTree(value)]));
}

/**
 * Whether this page was opened in the pseudo-locale: `flowpack.language` set to it in local
 * storage (as a test sets it; the Language menu never does), or `?lang=en-XA` in its address
 * (`search`, the address's query).
 */
export function pseudoLocaleRequested(storedChoice: string | null, search: string): boolean {
  return storedChoice === PSEUDO_LOCALE || new URLSearchParams(search).get('lang') === PSEUDO_LOCALE;
}
