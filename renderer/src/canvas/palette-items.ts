import type { Locale } from '../../../shared/catalog/labels';
import { profileCatalog } from '../../../shared/catalog/registry';
import type { StepType } from '../../../shared/catalog/types';
import type { FlowKind, Profile } from '../../../shared/format/profiles';

/** The drag-and-drop data type of a palette item; its value is the step type. */
export const PALETTE_DRAG_TYPE = 'application/x-flowpack-step';

/** The palette's two groups. */
export interface PaletteGroups {
  triggers: StepType[];
  steps: StepType[];
}

/** Case- and accent-insensitive text for matching. */
function fold(text: string): string {
  return text.normalize('NFD').replace(/\p{Diacritic}/gu, '').toLowerCase();
}

/**
 * The step types a flow of this profile and kind can hold, grouped triggers first, that
 * match every word of `query` in their label or description (in the current language or
 * in English, which catalog documentation uses).
 */
export function paletteGroups(profile: Profile, kind: FlowKind, query: string, locale: Locale): PaletteGroups {
  const words = fold(query).split(/\s+/).filter(Boolean);
  const groups: PaletteGroups = { triggers: [], steps: [] };
  for (const step of profileCatalog(profile).types) {
    if (step.kinds && !step.kinds.includes(kind)) continue;
    const haystack = fold(`${step.labels[locale]} ${step.labels.en} ${step.description[locale]} ${step.type}`);
    if (!words.every((word) => haystack.includes(word))) continue;
    (step.role === 'trigger' ? groups.triggers : groups.steps).push(step);
  }
  return groups;
}
