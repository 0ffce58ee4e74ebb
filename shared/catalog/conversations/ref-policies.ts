import type { RefKind } from '../../format/entity-ref';
import { BASE_REF_DEFAULTS } from '../ref-defaults';
import type { RefPolicy, ReferenceDeclaration } from '../types';

/**
 * How references travel between conversations workspaces. The platform exports channel,
 * user and team ids and, on import, removes the ones the destination does not have; tags
 * are matched by exact name and created when missing; contact fields are matched, never created.
 */
export const CONVERSATIONS_REF_DEFAULTS: Readonly<Record<RefKind, RefPolicy>> = {
  ...BASE_REF_DEFAULTS,
  channel: { export: 'keep', import: 'linkOrRemove' },
  // A user is personal data: a shared pack leaves it out (unless the author keeps one); a deploy links it.
  user: { export: 'strip', import: 'linkOrRemove' },
  team: { export: 'keep', import: 'linkOrRemove' },
  tag: { export: 'byName', import: 'reuseOrCreate' },
  customField: { export: 'keep', import: 'matchOrRemove' },
};

/**
 * Declares a reference field of a conversations step with the profile's policy for its kind,
 * so a step's declaration and the profile defaults never disagree.
 */
export function conversationsRef(field: string, kind: RefKind): ReferenceDeclaration {
  return { field, kinds: [kind], ...CONVERSATIONS_REF_DEFAULTS[kind] };
}
