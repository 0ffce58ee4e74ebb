import type { RefKind } from '../format/entity-ref';
import type { RefPolicy } from './types';

/**
 * Baseline policies for references no step declares (extension data, future fields):
 * people, contacts, attachments and secrets never leave; other entities travel for linking.
 * Profiles override per kind where their platform documents otherwise.
 */
export const BASE_REF_DEFAULTS: Readonly<Record<RefKind, RefPolicy>> = {
  user: { export: 'strip', import: 'remove' },
  contact: { export: 'strip', import: 'remove' },
  team: { export: 'keep', import: 'linkOrRemove' },
  channel: { export: 'keep', import: 'linkOrRemove' },
  tag: { export: 'byName', import: 'reuseOrCreate' },
  customField: { export: 'keep', import: 'matchOrRemove' },
  segment: { export: 'keep', import: 'matchOrRemove' },
  form: { export: 'strip', import: 'remove' },
  product: { export: 'strip', import: 'remove' },
  queue: { export: 'keep', import: 'link' },
  mediaPrompt: { export: 'keep', import: 'link' },
  dispositionList: { export: 'keep', import: 'link' },
  reasonList: { export: 'keep', import: 'link' },
  schedule: { export: 'keep', import: 'link' },
  flow: { export: 'keep', import: 'link' },
  attachment: { export: 'strip', import: 'remove' },
};
