import type { Profile } from '../../../shared/format/profiles';

/** A connected tenant as the drawer's entity picker knows it: the connection, and the tenant's own id and profile. */
export interface TenantSource {
  connectionId: string;
  /** The connection's name, as the Tenants dialog shows it. */
  name: string;
  /** The tenant's own id (what `.flowpack/sync.json` records). */
  tenantId: string;
  profile: Profile;
}

/** Which tenant the choices were narrowed to: the one the flow is synced with, or those of its profile. */
export interface TenantChoices {
  choices: TenantSource[];
  /** The tenant the flow was last pulled from or pushed to, when one of the choices is. */
  synced: TenantSource | undefined;
}

/**
 * The tenants whose entities a flow's references can be picked from: the connected tenants of the
 * flow's profile (a contact-center queue means nothing on a pipeline tenant), with the one the
 * flow is synced with, if connected, named apart so it is the default.
 */
export function tenantChoices(sources: readonly TenantSource[], profile: Profile, syncedTenantIds: readonly string[]): TenantChoices {
  const choices = sources.filter((source) => source.profile === profile);
  return { choices, synced: choices.find((source) => syncedTenantIds.includes(source.tenantId)) };
}

/**
 * The tenant to pick from: the user's choice for this flow, else the tenant it is synced with,
 * else the user's last choice for flows of this profile, else the first. A remembered choice no
 * longer connected is passed over.
 */
export function chosenTenant({ choices, synced }: TenantChoices, remembered: { forFlow?: string | undefined; forProfile?: string | undefined }): TenantSource | undefined {
  const byConnection = (id: string | undefined) => (id === undefined ? undefined : choices.find((source) => source.connectionId === id));
  return byConnection(remembered.forFlow) ?? synced ?? byConnection(remembered.forProfile) ?? choices[0];
}
