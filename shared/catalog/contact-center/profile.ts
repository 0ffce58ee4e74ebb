import { t } from '../labels';
import { BASE_REF_DEFAULTS } from '../ref-defaults';
import type { ProfileCatalog } from '../types';

// Placeholder until the contact-center step types are declared.
export const contactCenterCatalog: ProfileCatalog = {
  profile: 'contact-center',
  labels: t('contact-center', 'contact-center', 'contact-center'),
  kinds: ['customer', 'reusable'],
  triggers: { min: 1, max: 1 },
  limits: {},
  types: [],
  refDefaults: BASE_REF_DEFAULTS,
  starter: () => ({ nodes: [], edges: [] }),
};
