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
  hourglass: '⧗',
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

/** The symbol of a catalog icon, or a neutral diamond for icons without one. */
export function iconGlyph(icon: string): string {
  return GLYPHS[icon] ?? '◆';
}

/**
 * A step type's icon in a round badge; decorative, the step's name says what it is. A plain
 * function, for canvas nodes to draw without a component (and its fiber) per drawn step.
 */
export function stepIconBadge(icon: string, role: 'trigger' | 'step' | 'unknown'): ReactElement {
  return (
    <span className={`fp-step-icon fp-step-icon--${role}`} aria-hidden="true">
      {iconGlyph(icon)}
    </span>
  );
}

/** {@link stepIconBadge} as a component, for lists and panels. */
export const StepIcon = memo(function StepIcon({ icon, role }: { icon: string; role: 'trigger' | 'step' | 'unknown' }) {
  return stepIconBadge(icon, role);
});
