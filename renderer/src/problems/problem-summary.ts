import type { TFunction } from 'i18next';

/**
 * "No problems" or "2 errors, 1 warning": the error indicator's accessible name, and how the
 * library and the Problems panel describe a flow's state.
 */
export function describeProblems(t: TFunction, counts: { errors: number; warnings: number }): string {
  if (counts.errors + counts.warnings === 0) return t('problems.none');
  return t('problems.summary', {
    errors: t('problems.errors', { count: counts.errors }),
    warnings: t('problems.warnings', { count: counts.warnings }),
  });
}
