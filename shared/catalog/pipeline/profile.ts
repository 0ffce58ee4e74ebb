import { t } from '../labels';
import { BASE_REF_DEFAULTS } from '../ref-defaults';
import type { ProfileCatalog } from '../types';

// Placeholder until the pipeline step types are declared.
export const pipelineCatalog: ProfileCatalog = {
  profile: 'pipeline',
  labels: t('pipeline', 'pipeline', 'pipeline'),
  kinds: ['standard'],
  triggers: { min: 1, max: 50 },
  limits: {},
  types: [],
  refDefaults: BASE_REF_DEFAULTS,
  starter: () => ({ nodes: [], edges: [] }),
};
