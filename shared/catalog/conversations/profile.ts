import { t } from '../labels';
import { BASE_REF_DEFAULTS } from '../ref-defaults';
import type { ProfileCatalog } from '../types';

// Placeholder until the conversations step types are declared.
export const conversationsCatalog: ProfileCatalog = {
  profile: 'conversations',
  labels: t('conversations', 'conversations', 'conversations'),
  kinds: ['standard'],
  triggers: { min: 1, max: 1 },
  limits: {},
  types: [],
  refDefaults: BASE_REF_DEFAULTS,
  starter: () => ({ nodes: [], edges: [] }),
};
