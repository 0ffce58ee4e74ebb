import { createContext, useContext, useEffect, useMemo } from 'react';
import type { Profile } from '../../../../shared/format/profiles';
import type { CatalogSnapshot } from '../../../../shared/import/catalog-snapshot';
import { chosenTenant, tenantChoices } from '../../tenants/catalog-tenant';
import type { TenantSource } from '../../tenants/catalog-tenant';
import { useTenantCatalogs } from '../../tenants/tenant-catalogs';
import type { Loadable, TenantSources } from '../../tenants/tenant-catalogs';

/** Where the drawer's reference fields stand: picking from a tenant's catalog, or typing (no tenant, not yet, or failed). */
export type EntitySourceView =
  | { state: 'loading'; tenant: string | undefined }
  | { state: 'none'; unreachable: string[] }
  | { state: 'failed'; tenant: string | undefined; error: unknown }
  | { state: 'ready'; tenant: string; catalog: CatalogSnapshot };

/** The tenant a step's reference fields pick entities from, with the user's means to change and refresh it. */
export interface EntitySource {
  view: EntitySourceView;
  /** The connected tenants of the flow's profile. */
  choices: TenantSource[];
  chosen: TenantSource | undefined;
  /** The tenant the flow is synced with, when connected. */
  synced: TenantSource | undefined;
  choose(connectionId: string): void;
  refresh(): void;
}

export const EntitySourceContext = createContext<EntitySource | null>(null);

/** The entity source of the form a field is in; null where none is given (the field is typed). */
export function useEntitySourceContext(): EntitySource | null {
  return useContext(EntitySourceContext);
}

const NO_TENANT_IDS: string[] = [];

/**
 * Where the fields stand given what has been read so far: the tenant is not chosen until the
 * connections and the flow's sync state are known (so a synced flow never starts on another
 * tenant), and the fields are typed until the chosen tenant's catalog is at hand.
 */
export function entitySourceView({ sources, synced, chosen, catalog }: {
  sources: Loadable<TenantSources> | undefined;
  synced: Loadable<string[]> | undefined;
  chosen: TenantSource | undefined;
  catalog: Loadable<CatalogSnapshot> | undefined;
}): EntitySourceView {
  if (sources === undefined || sources.status === 'loading' || synced === undefined || synced.status === 'loading') return { state: 'loading', tenant: undefined };
  if (sources.status === 'failed') return { state: 'failed', tenant: undefined, error: sources.error };
  if (!chosen) return { state: 'none', unreachable: sources.value.unreachable.map((entry) => entry.name) };
  if (catalog === undefined || catalog.status === 'loading') return { state: 'loading', tenant: chosen.name };
  if (catalog.status === 'failed') return { state: 'failed', tenant: chosen.name, error: catalog.error };
  return { state: 'ready', tenant: chosen.name, catalog: catalog.value };
}

/**
 * The tenant whose catalog a flow's references are picked from: the tenant the flow is synced
 * with when it is connected, else a connected tenant of the flow's profile (the user's choice,
 * kept for the session). The connections, the flow's sync state and the catalog are each read
 * once per session and shared by every field.
 */
export function useEntitySource(flowId: string, profile: Profile): EntitySource {
  const sources = useTenantCatalogs((state) => state.sources);
  const synced = useTenantCatalogs((state) => state.synced[flowId]);
  const forFlow = useTenantCatalogs((state) => state.remembered[`flow:${flowId}`]);
  const forProfile = useTenantCatalogs((state) => state.remembered[`profile:${profile}`]);

  useEffect(() => {
    useTenantCatalogs.getState().loadSources();
    useTenantCatalogs.getState().loadSynced(flowId);
  }, [flowId, sources, synced]);

  const syncedIds = synced?.status === 'ready' ? synced.value : NO_TENANT_IDS;
  const choices = useMemo(() => tenantChoices(sources?.status === 'ready' ? sources.value.connected : [], profile, syncedIds), [sources, profile, syncedIds]);
  const chosen = chosenTenant(choices, { forFlow, forProfile });
  const connectionId = chosen?.connectionId;
  const catalog = useTenantCatalogs((state) => (connectionId === undefined ? undefined : state.catalogs[connectionId]));

  useEffect(() => {
    if (connectionId !== undefined && catalog === undefined) useTenantCatalogs.getState().loadCatalog(connectionId);
  }, [connectionId, catalog]);

  const view = useMemo(() => entitySourceView({ sources, synced, chosen, catalog }), [sources, synced, chosen, catalog]);

  return useMemo(
    () => ({
      view,
      choices: choices.choices,
      chosen,
      synced: choices.synced,
      choose: (id: string) => useTenantCatalogs.getState().remember(flowId, profile, id),
      refresh: () => useTenantCatalogs.getState().refresh(flowId, connectionId),
    }),
    [view, choices, chosen, flowId, profile, connectionId],
  );
}
