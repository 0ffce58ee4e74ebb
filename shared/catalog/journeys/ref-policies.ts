import type { RefKind } from '../../format/entity-ref';
import { BASE_REF_DEFAULTS } from '../ref-defaults';
import type { RefPolicy } from '../types';

/**
 * How references travel between journey tenants. Segments and custom fields travel as
 * declarations and are matched on import, never created; product filters and integrated-form
 * references are dropped.
 */
export const JOURNEYS_REF_DEFAULTS: Readonly<Record<RefKind, RefPolicy>> = {
  ...BASE_REF_DEFAULTS,
  segment: { export: 'keep', import: 'matchOrRemove' },
  customField: { export: 'keep', import: 'matchOrRemove' },
  form: { export: 'strip', import: 'remove' },
  product: { export: 'strip', import: 'remove' },
};
