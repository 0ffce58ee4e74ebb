import { FLOW_FORMAT, FLOW_VERSION } from '../format/flow-schema';
import type { Flow } from '../format/flow-schema';
import { kindsForProfile } from '../format/profiles';
import type { FlowKind, Profile } from '../format/profiles';
import { randomUuid } from '../platform/random-uuid';
import { profileCatalog } from './registry';

export interface CreateFlowOptions {
  profile: Profile;
  name: string;
  kind?: FlowKind;
  id?: string;
  description?: string;
  now?: Date;
}

/** A new flow of the profile's starter shape (it validates without errors). */
export function createFlow(options: CreateFlowOptions): Flow {
  const kind = options.kind ?? kindsForProfile(options.profile)[0]!;
  const { nodes, edges } = profileCatalog(options.profile).starter(kind);
  const now = (options.now ?? new Date()).toISOString();
  return {
    format: FLOW_FORMAT,
    version: FLOW_VERSION,
    id: options.id ?? randomUuid(),
    name: options.name,
    description: options.description ?? '',
    profile: options.profile,
    kind,
    entities: { tags: [], customFields: [], segments: [] },
    nodes,
    edges,
    meta: { createdAt: now, updatedAt: now },
    extensions: {},
  };
}
