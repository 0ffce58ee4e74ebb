import { readFile, readdir } from 'node:fs/promises';
import { join, relative, sep } from 'node:path';
import type { Page } from 'playwright-core';
import { PSEUDO_CLOSE, PSEUDO_LOCALE, PSEUDO_OPEN, pseudoLocalize } from '../../../renderer/src/i18n/pseudo-locale';

/**
 * Checks a screen of the editor running in the pseudo-locale: every text a person sees or hears
 * must come from the translations (it carries the pseudo-locale's markers) and no label may be
 * cut off. User content is recognised by comparing with the test's own fixtures: every string of
 * the workspace's flow files, its folder and file names, and what the test typed. Text the
 * product marks `translate="no"` (its own name) is left out, as translation tools leave it.
 */

/** What one screen got wrong: texts shown without translation, and labels cut off. */
export interface ScreenFindings {
  untranslated: string[];
  clipped: string[];
}

/** An English UI string as the pseudo-locale shows it, its `{{placeholders}}` filled with `values`. */
export function pseudo(english: string, values: Record<string, string | number> = {}): string {
  return pseudoLocalize(english).replace(/\{\{\s*(\w+)\s*\}\}/g, (whole, name: string) => String(values[name] ?? whole));
}

/** Switches the page to the pseudo-locale (the test-only choice in local storage) and reloads it. */
export async function usePseudoLocale(page: Page): Promise<void> {
  await page.evaluate(`localStorage.setItem('flowpack.language', ${JSON.stringify(PSEUDO_LOCALE)})`);
  await page.reload();
}

/** Every string a workspace's files hold, and their folder and file names: the user content a screen may show. */
export async function workspaceTexts(root: string): Promise<string[]> {
  const texts = new Set<string>();
  const collect = (value: unknown): void => {
    if (typeof value === 'string') texts.add(value.trim());
    else if (Array.isArray(value)) value.forEach(collect);
    else if (value !== null && typeof value === 'object') Object.values(value).forEach(collect);
  };
  for (const entry of await readdir(root, { recursive: true, withFileTypes: true })) {
    const path = relative(root, join(entry.parentPath, entry.name)).split(sep).join('/');
    texts.add(entry.name);
    texts.add(path);
    if (entry.isFile() && entry.name.endsWith('.json')) collect(JSON.parse(await readFile(join(root, path), 'utf8')));
  }
  return [...texts];
}

/** Finds untranslated and clipped texts on what the page shows now. */
export function auditScreen(page: Page, userTexts: readonly string[]): Promise<ScreenFindings> {
  const input = JSON.stringify({ userTexts, open: PSEUDO_OPEN, close: PSEUDO_CLOSE });
  return page.evaluate(`(${IN_PAGE_AUDIT})(${input})`);
}

// Runs inside the page, so it is plain JavaScript of its own (the tests compile without the DOM's types).
const IN_PAGE_AUDIT = String.raw`({ userTexts, open, close }) => {
  const allowed = new Set(userTexts);
  // Numbers, dates, punctuation and symbols carry no words to translate; nor do key names.
  const wordless = /^[\s\d\p{P}\p{S}]*$/u;
  const key = '(Ctrl|Shift|Alt|Cmd|Meta|Option|Enter|Esc|Escape|Delete|Backspace|Tab|Space|F\\d{1,2}|[A-Z0-9/?=-])';
  const keys = new RegExp('^[(\\[]?' + key + '(\\s*\\+\\s*' + key + ')*[)\\]]?$');
  // A file extension or an example address reads the same in every language.
  const extension = /^\.[a-z]+(\.[a-z]+)*$|^https?:\/\/\S+$/;
  const neutral = (text) => {
    const trimmed = text.trim();
    return trimmed === '' || allowed.has(trimmed) || wordless.test(trimmed) || keys.test(trimmed) || extension.test(trimmed);
  };
  // What a text says outside its ⟦…⟧ parts, which may nest (a label inside a sentence). A piece
  // before the first unopened ⟧, or after the last unclosed ⟦, belongs to a marked string around it.
  const outsideMarkers = (text, openBefore, closeAfter) => {
    let rest = text;
    for (let last = ''; last !== rest; ) {
      last = rest;
      rest = rest.replace(/⟦[^⟦⟧]*⟧/g, ' ');
    }
    if (openBefore) rest = rest.includes(close) ? rest.slice(rest.lastIndexOf(close) + 1) : '';
    if (closeAfter) rest = rest.includes(open) ? rest.slice(0, rest.indexOf(open)) : '';
    return rest;
  };
  // Inside a translated sentence every letter is accented except the padding words and the values
  // put into it: user content (left out here) and other translated strings (marked). Plain words
  // that remain are English put into a translation.
  const byLength = [...allowed].filter((text) => /[A-Za-z]{2}/.test(text)).sort((a, b) => b.length - a.length);
  const padding = /\b(one|two|three|four|five|six|seven|eight|nine|ten)\b/g;
  const keyNames = new RegExp('\\b' + key + '(\\s*\\+\\s*' + key + ')+(?![A-Za-z])', 'g');
  const englishInside = (text) => {
    if (neutral(text)) return false;
    let rest = text;
    for (const user of byLength) if (rest.includes(user)) rest = rest.split(user).join(' ');
    // Padding, the platform's own {{variables}} that a step's text holds, and key names in a hint ("Undo (Ctrl+Z)").
    rest = rest.replace(padding, ' ').replace(/\{\{[^}]*\}\}/g, ' ').replace(keyNames, ' ');
    return /[A-Za-z]{2,}/.test(rest);
  };
  const nesting = (text) => [...text].reduce((sum, char) => sum + (char === open ? 1 : char === close ? -1 : 0), 0);
  const shown = (element) =>
    element.checkVisibility({ opacityProperty: true, visibilityProperty: true }) && element.getClientRects().length > 0;
  const describe = (element, text) => {
    const id = element.id ? '#' + element.id : '';
    const className = typeof element.className === 'string' && element.className ? '.' + element.className.trim().split(/\s+/).join('.') : '';
    return element.tagName.toLowerCase() + id + className + ': ' + JSON.stringify(text.trim().slice(0, 120));
  };

  const untranslated = [];
  const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const parent = node.parentElement;
    if (!parent || parent.closest('script, style, textarea, select, [translate="no"]') || !shown(parent)) continue;
    // Whether a ⟦ opens before this text and a ⟧ closes after it within the sentence around it.
    let openBefore = false;
    let closeAfter = false;
    for (let around = parent, depth = 0; around && depth < 4; around = around.parentElement, depth += 1) {
      const full = around.textContent ?? '';
      let offset = 0;
      const inner = document.createTreeWalker(around, NodeFilter.SHOW_TEXT);
      while (inner.nextNode() && inner.currentNode !== node) offset += inner.currentNode.data.length;
      const before = full.slice(0, offset);
      const after = full.slice(offset + node.data.length);
      openBefore = nesting(before) > 0;
      closeAfter = nesting(after) < 0;
      if (openBefore && closeAfter) break;
    }
    if (!neutral(outsideMarkers(node.data, openBefore, closeAfter)) || englishInside(node.data)) untranslated.push(describe(parent, node.data));
  }
  for (const element of document.body.querySelectorAll('*')) {
    if (!shown(element) || element.closest('[translate="no"]')) continue;
    for (const name of ['aria-label', 'title', 'placeholder', 'alt', 'aria-description']) {
      const value = element.getAttribute(name);
      if (value !== null && (!neutral(outsideMarkers(value, false, false)) || englishInside(value))) untranslated.push(describe(element, '') + ' [' + name + '=' + JSON.stringify(value) + ']');
    }
    if (element instanceof HTMLSelectElement && element.selectedOptions[0]) {
      const text = element.selectedOptions[0].text;
      if (!neutral(outsideMarkers(text, false, false))) untranslated.push(describe(element, text));
    }
  }

  // A label is cut off when its text is wider (or taller) than the box that clips it, and the
  // element does not offer the whole text in a title.
  const clipped = [];
  const clipping = (value) => value === 'hidden' || value === 'clip';
  // Whether the row or cell right around the text (up to three levels up) clips it: the text runs
  // past that box's edge. Only boxes that clip without scrolling count: a scrolled list is not cut.
  const cutByAncestor = (element) => {
    const range = document.createRange();
    range.selectNodeContents(element);
    const text = range.getBoundingClientRect();
    let inner = element;
    let around = element.parentElement;
    for (let level = 0; around && level < 3; inner = around, around = around.parentElement, level += 1) {
      // A popup (a menu) is placed over the page: the boxes it sits in do not clip it.
      if (['fixed', 'absolute'].includes(getComputedStyle(inner).position)) return false;
      const style = getComputedStyle(around);
      const scrolls = ['auto', 'scroll'].includes(style.overflowX) || ['auto', 'scroll'].includes(style.overflowY);
      if (scrolls) return false;
      if (!clipping(style.overflowX)) continue;
      const box = around.getBoundingClientRect();
      return text.right > box.right + 1 || text.left < box.left - 1;
    }
    return false;
  };
  for (const element of document.body.querySelectorAll('*')) {
    if (!(element instanceof HTMLElement) || !shown(element) || !(element.textContent ?? '').trim()) continue;
    // Only text boxes: an element whose children are all inline, so what overflows is its text.
    if ([...element.children].some((child) => !getComputedStyle(child).display.startsWith('inline'))) continue;
    // Visually hidden text for screen readers is clipped on purpose.
    if (element.clientWidth <= 1 || element.clientHeight <= 1) continue;
    const style = getComputedStyle(element);
    const overX = (clipping(style.overflowX) || style.textOverflow === 'ellipsis') && element.scrollWidth > element.clientWidth + 1;
    const overY = clipping(style.overflowY) && element.scrollHeight > element.clientHeight + 1;
    if (element.title || element.parentElement?.title) continue;
    if (overX || overY || cutByAncestor(element)) clipped.push(describe(element, element.textContent ?? ''));
  }
  // A select shows its chosen option, and an empty field its placeholder, inside the control's
  // own box, which no scroll size reports: measure the text with the control's font instead.
  const measure = document.createElement('canvas').getContext('2d');
  // Whether the text fits in the control (a value may scroll, but its field must show at least 100px of it).
  const fits = (element, text, reserved, scrolls) => {
    const style = getComputedStyle(element);
    measure.font = style.fontStyle + ' ' + style.fontWeight + ' ' + style.fontSize + ' ' + style.fontFamily;
    const shownText = style.textTransform === 'uppercase' ? text.toUpperCase() : text;
    const room = element.clientWidth - parseFloat(style.paddingLeft) - parseFloat(style.paddingRight) - reserved;
    const needed = measure.measureText(shownText).width;
    return (scrolls ? Math.min(needed, 100) : needed) <= room + 1;
  };
  for (const element of document.body.querySelectorAll('select, input, textarea')) {
    if (!shown(element) || element.title) continue;
    if (element instanceof HTMLSelectElement) {
      const text = element.selectedOptions[0] ? element.selectedOptions[0].text : '';
      // Chromium draws the drop-down arrow inside the content box unless the app draws its own.
      if (text && !fits(element, text, getComputedStyle(element).appearance === 'none' ? 0 : 20, false)) clipped.push(describe(element, text));
    } else if (element.tagName === 'INPUT' && ['text', 'search', 'url', 'email', ''].includes(element.getAttribute('type') || '')) {
      if (element.placeholder && !element.value && !fits(element, element.placeholder, 0, false)) {
        clipped.push(describe(element, '') + ' [placeholder=' + JSON.stringify(element.placeholder) + ']');
      } else if (element.value && !fits(element, element.value, 0, true)) {
        clipped.push(describe(element, element.value) + ' (too narrow for its value)');
      }
    }
  }
  return { untranslated: [...new Set(untranslated)], clipped: [...new Set(clipped)] };
}`;
