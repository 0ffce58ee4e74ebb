import { t } from '../labels';
import { BASE_REF_DEFAULTS } from '../ref-defaults';
import type { ProfileCatalog } from '../types';

// Placeholder until the journeys step types are declared.
export const journeysCatalog: ProfileCatalog = {
  profile: 'journeys',
  labels: t('journeys', 'journeys', 'journeys'),
  kinds: ['standard'],
  triggers: { min: 1, max: 1 },
  limits: {},
  types: [],
  refDefaults: BASE_REF_DEFAULTS,
  starter: () => ({ nodes: [], edges: [] }),
};
