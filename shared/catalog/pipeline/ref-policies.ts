import type { RefKind } from '../../format/entity-ref';
import { BASE_REF_DEFAULTS } from '../ref-defaults';
import type { RefPolicy } from '../types';

/** How references travel between pipeline tenants. */
export const PIPELINE_REF_DEFAULTS: Readonly<Record<RefKind, RefPolicy>> = {
  ...BASE_REF_DEFAULTS,
  // Links to other flows are never exported.
  flow: { export: 'strip', import: 'remove' },
  // Custom fields used by automations are created on import.
  customField: { export: 'keep', import: 'reuseOrCreate' },
};
