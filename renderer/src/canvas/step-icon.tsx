import { memo } from 'react';
import type { ReactElement } from 'react';

/**
 * Catalog icons are Lucide names; the renderer ships no icon font, so each is drawn as a
 * symbol that common system fonts (DejaVu, Segoe UI Symbol, Apple Symbols) all carry.
 */
const GLYPHS: Readonly<Record<string, string>> = {
  'message-circle': '❝',
  'message-circle-off': '⊘',
  'message-circle-question': '?',
  tag: '#',
  tags: '#',
  'user-pen': '✎',
  'pencil-line': '✎',
  'text-cursor-input': '✎',
  webhook: '⚯',
  zap: '⚡',
  hand: '☛',
  send: '➤',
  'user-check': '✔',
  'user-x': '✕',
  split: '⋔',
  'circle-check': '✔',
  'sticky-note': '✐',
  globe: '⊕',
  'corner-up-left': '↶',
  workflow: '⇄',
  clock: '◷',
  'calendar-clock': '◷',
  'square-kanban': '▥',
  'square-plus': '⊞',
  'list-todo': '☑',
  mail: '✉',
  megaphone: '❢',
  'move-right': '➜',
  'mouse-pointer-click': '↖',
  'shopping-cart': '⊡',
  'clipboard-list': '☰',
  'clipboard-check': '☑',
  users: '⚇',
  flag: '⚑',
  'phone-incoming': '☎',
  'phone-forwarded': '☎',
  'phone-off': '☏',
  'volume-2': '♪',
  'grid-3x3': '▦',
  hash: '#',
  headphones: '♫',
  code: '{}',
};

/**
 * Icons no common system font draws (an hourglass has no symbol in DejaVu, so it showed as an
 * empty box): outlines on a 24-unit grid in the text colour, the size of a glyph.
 */
const OUTLINES: Readonly<Record<string, ReactElement>> = {
  hourglass: <path d="M6 3h12M6 21h12M7 3v3a5 5 0 0 0 10 0V3M7 21v-3a5 5 0 0 1 10 0v3" />,
};

/** The symbol of a catalog icon, or a neutral diamond for icons without one. */
export function iconGlyph(icon: string): string {
  return GLYPHS[icon] ?? '◆';
}

/** Whether the renderer draws this catalog icon as itself (not the neutral diamond). */
export function hasOwnIcon(icon: string): boolean {
  return icon in OUTLINES || icon in GLYPHS;
}

/** What the badge draws: an outline where fonts have no symbol for the icon, else its symbol. */
function iconContent(icon: string): ReactElement | string {
  const outline = OUTLINES[icon];
  if (outline === undefined) return iconGlyph(icon);
  return (
    <svg className="fp-step-icon-outline" viewBox="0 0 24 24" width="1em" height="1em" fill="none" stroke="currentColor" strokeWidth="2" strokeLinecap="round" strokeLinejoin="round" focusable="false">
      {outline}
    </svg>
  );
}

/**
 * A step type's icon in a round badge; decorative, the step's name says what it is. A plain
 * function, for canvas nodes to draw without a component (and its fiber) per drawn step.
 */
export function stepIconBadge(icon: string, role: 'trigger' | 'step' | 'unknown'): ReactElement {
  return (
    <span className={`fp-step-icon fp-step-icon--${role}`} aria-hidden="true">
      {iconContent(icon)}
    </span>
  );
}

/** {@link stepIconBadge} as a component, for lists and panels. */
export const StepIcon = memo(function StepIcon({ icon, role }: { icon: string; role: 'trigger' | 'step' | 'unknown' }) {
  return stepIconBadge(icon, role);
});
