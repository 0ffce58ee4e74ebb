import type { TFunction } from 'i18next';
import type { Locale } from '../../../shared/locales/locales';
import type { DiffCounts } from '../../../shared/sync/diff-counts';

/** The kinds of change in the order a summary names them: the flow first, then steps, then connections. */
const KINDS = ['flowFields', 'stepsAdded', 'stepsRemoved', 'stepsChanged', 'connectionsAdded', 'connectionsRemoved'] as const satisfies readonly (keyof DiffCounts)[];

/**
 * What a revision changed against the one before, in one short line in the UI's language
 * ("2 steps added and 1 connection removed"): only the kinds that changed, the list joined as
 * the language joins one. `null` counts: the oldest revision the tenant keeps.
 */
export function describeRevisionChanges(counts: DiffCounts | null, t: TFunction, locale: Locale): string {
  if (counts === null) return t('tenants.revisions.firstKept');
  const parts = KINDS.filter((kind) => counts[kind] > 0).map((kind) => t(`tenants.revisions.${kind}`, { count: counts[kind] }));
  if (parts.length === 0) return t('tenants.revisions.noChange');
  return new Intl.ListFormat(locale, { type: 'conjunction' }).format(parts);
}
