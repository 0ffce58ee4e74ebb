import type { RefKind } from '../../format/entity-ref';
import { BASE_REF_DEFAULTS } from '../ref-defaults';
import type { RefPolicy } from '../types';

/**
 * Contact-center entities travel with their UUID and name and are linked when the destination
 * tenant has the same UUID; otherwise they keep the UUID, to configure, since the tenant may
 * gain that entity later (inherited, or created by the admin). Flows are called by their id,
 * which import also plans (imported with the pack, or the tenant's own; else a placeholder).
 */
const LINK_BY_UUID: RefPolicy = { export: 'keep', import: 'linkByUuid' };
const CONTACT_CENTER_KINDS: readonly RefKind[] = ['queue', 'mediaPrompt', 'dispositionList', 'reasonList', 'schedule'];

export const CONTACT_CENTER_REF_DEFAULTS: Readonly<Record<RefKind, RefPolicy>> = {
  ...BASE_REF_DEFAULTS,
  ...Object.fromEntries(CONTACT_CENTER_KINDS.map((kind) => [kind, LINK_BY_UUID])),
};
