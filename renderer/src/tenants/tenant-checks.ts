import type { Flow } from '../../../shared/format/flow-schema';
import type { CatalogSnapshot } from '../../../shared/import/catalog-snapshot';
import { useDocuments } from '../documents/documents-store';
import { tenantChoices } from './catalog-tenant';
import { useTenantCatalogs } from './tenant-catalogs';
import type { TenantCatalogsState } from './tenant-catalogs';

// The check itself (the import planner's reference lookup) loads with the first catalog it
// needs: an editor that never synchronised a flow with a tenant does not carry it.
const loadCheck = () => import('./tenant-check');

/**
 * The catalog of the tenant `flow` was last pulled from or pushed to, when that tenant is
 * connected and its catalog is read; asks for what is missing on the way (each read happens
 * once per session, see tenant-catalogs.ts). A flow never synchronised asks nothing of any tenant.
 */
export function syncedCatalog(flow: Flow, catalogs: TenantCatalogsState): CatalogSnapshot | undefined {
  const synced = catalogs.synced[flow.id];
  if (synced === undefined) catalogs.loadSynced(flow.id);
  if (synced?.status !== 'ready' || synced.value.length === 0) return undefined;
  if (catalogs.sources === undefined) catalogs.loadSources();
  if (catalogs.sources?.status !== 'ready') return undefined;
  const source = tenantChoices(catalogs.sources.value.connected, flow.profile, synced.value).synced;
  if (!source) return undefined;
  const catalog = catalogs.catalogs[source.connectionId];
  if (catalog === undefined) catalogs.loadCatalog(source.connectionId);
  return catalog?.status === 'ready' ? catalog.value : undefined;
}

/**
 * Keeps every open flow checked against the tenant it is synced with: a contact-center
 * reference whose UUID that tenant lacks is a problem to configure in the editor (outlined on
 * the canvas, listed in Problems), as the tenant would refuse to publish it. Follows the open
 * documents and the catalogs as they load, refresh or are dropped after a push. Returns the
 * unsubscribe.
 */
export function followTenantChecks(): () => void {
  const current = new Map<string, CatalogSnapshot | undefined>();
  // Asking for a catalog changes the catalogs' store, which calls back here: such a call is
  // folded into another pass instead of nesting inside this one.
  let running = false;
  let again = false;
  const update = (): void => {
    if (running) {
      again = true;
      return;
    }
    running = true;
    try {
      do {
        again = false;
        checkOpenDocuments();
      } while (again);
    } finally {
      running = false;
    }
  };
  const checkOpenDocuments = (): void => {
    const { docs } = useDocuments.getState();
    const catalogs = useTenantCatalogs.getState();
    for (const id of current.keys()) if (!docs[id]) current.delete(id);
    for (const [id, doc] of Object.entries(docs)) {
      const snapshot = syncedCatalog(doc.flow, catalogs);
      if (current.get(id) === snapshot) continue;
      current.set(id, snapshot);
      if (!snapshot) {
        useDocuments.getState().setTenantCheck(id, undefined);
        continue;
      }
      void loadCheck().then(({ checkAgainst }) => {
        // Only if this is still the catalog the document should be checked against.
        if (current.get(id) === snapshot) useDocuments.getState().setTenantCheck(id, checkAgainst(snapshot));
      });
    }
  };
  const unsubscribe = [useDocuments.subscribe((state, before) => state.docs !== before.docs && update()), useTenantCatalogs.subscribe(update)];
  update();
  return () => unsubscribe.forEach((stop) => stop());
}
