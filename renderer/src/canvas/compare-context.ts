import { createContext } from 'react';
import type { DiffMark } from '../documents/diff-marks';

/** What a step is called on the canvas while a comparison is shown. */
export type CompareBadge = DiffMark | 'removed';

/**
 * A shown comparison as every step node reads it: the mark of each step, and the words its badge
 * shows (the canvas's translation, so no node subscribes to the language). Null while none is
 * shown, so a canvas without a comparison gives its nodes nothing new to render.
 */
export interface CompareView {
  marks: ReadonlyMap<string, DiffMark>;
  badges: Readonly<Record<CompareBadge, string>>;
}

export const CompareContext = createContext<CompareView | null>(null);
