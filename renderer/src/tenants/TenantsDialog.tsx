import { useCallback, useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { HostResult } from '../../../shared/host/contract';
import type { TenantConnectionView } from '../../../shared/host/tenant-calls';
import { messageOf } from '../ui/message-of';
import { ModalDialog } from '../ui/ModalDialog';
import { tenantActions } from './tenant-actions';
import { AddTenantForm } from './AddTenantForm';
import { RemoteFlowsView } from './RemoteFlowsView';
import { RevisionsView } from './RevisionsView';
import { SyncView } from './SyncView';
import { useTenantCatalogs } from './tenant-catalogs';
import { TenantRow } from './TenantRow';
import './tenants.css';

type Listing = HostResult<'tenants:list'>;

/**
 * The tenant connections: add (address and token), test, rename, remove, and the flows a
 * tenant holds. The host keeps the tokens; this dialog only ever sends one, when adding.
 * With `syncWith` (a connection's id) it opens on that tenant's Sync view.
 */
export function TenantsDialog({ syncWith, onClose }: { syncWith?: string | undefined; onClose: () => void }) {
  const { t } = useTranslation();
  const [listing, setListing] = useState<Listing | null>(null);
  const [problem, setProblem] = useState<string | null>(null);
  const [view, setView] = useState<{ mode: 'flows' | 'sync'; connection: TenantConnectionView } | { mode: 'revisions'; connection: TenantConnectionView; flow: { id: string; name: string } } | null>(null);

  /** The connection whose Sync view opens with the dialog, until the first listing shows it. */
  const opening = useRef(syncWith);

  const load = useCallback(
    () =>
      tenantActions.listTenants().then(
        (answer) => {
          setListing(answer);
          // A connection added, renamed or removed: the drawer's entity pickers read the connections again.
          useTenantCatalogs.getState().forget();
          const connection = answer.connections.find((candidate) => candidate.id === opening.current);
          opening.current = undefined;
          if (connection) setView({ mode: 'sync', connection });
        },
        (error: unknown) => setProblem(messageOf(error)),
      ),
    [],
  );
  useEffect(() => {
    void load();
  }, [load]);

  // Back to the list reads it again: a session may have ended in the view (signed out elsewhere), and the list names who is signed in.
  const backFrom = (current: NonNullable<typeof view>) => () => {
    if (current.mode === 'revisions') return setView({ mode: 'flows', connection: current.connection });
    setView(null);
    void load();
  };
  const close = <button type="button" className="button" onClick={onClose}>{t('common.close')}</button>;
  if (view) {
    const title =
      view.mode === 'flows'
        ? t('tenants.remoteFlowsOf', { name: view.connection.name })
        : view.mode === 'revisions'
          ? t('tenants.revisions.title', { flow: view.flow.name, tenant: view.connection.name })
          : t('tenants.sync.title', { name: view.connection.name });
    // From a flow's revisions, Back returns to the tenant's flows it was opened from.
    const back = (
      <button type="button" className="button" onClick={backFrom(view)}>
        {view.mode === 'revisions' ? t('tenants.revisions.back') : t('tenants.back')}
      </button>
    );
    return (
      <ModalDialog title={title} onCancel={onClose} size="wide" actions={<>{back}{close}</>}>
        {view.mode === 'flows' && <RemoteFlowsView connection={view.connection} onRevisions={(flow) => setView({ mode: 'revisions', connection: view.connection, flow })} />}
        {view.mode === 'sync' && <SyncView connection={view.connection} />}
        {view.mode === 'revisions' && <RevisionsView connection={view.connection} flow={view.flow} />}
      </ModalDialog>
    );
  }

  return (
    <ModalDialog title={t('tenants.title')} onCancel={onClose} size="wide" actions={close}>
      <p className="muted">{t('tenants.intro')}</p>
      {problem && <p role="alert" className="error-text">{problem}</p>}
      {listing && listing.connections.length === 0 && <p>{t('tenants.none')}</p>}
      {listing && listing.connections.length > 0 && (
        <ul className="fp-tenants" aria-label={t('tenants.title')}>
          {listing.connections.map((connection) => (
            <TenantRow key={connection.id} connection={connection} onChanged={load} onBrowse={() => setView({ mode: 'flows', connection })} onSync={() => setView({ mode: 'sync', connection })} />
          ))}
        </ul>
      )}
      {listing && <AddTenantForm keychain={listing.keychain} onAdded={load} />}
    </ModalDialog>
  );
}
