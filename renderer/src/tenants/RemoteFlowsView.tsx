import { useEffect, useId, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { HostResult } from '../../../shared/host/contract';
import type { TenantConnectionView } from '../../../shared/host/tenant-calls';
import { containsAllWords, foldForSearch, searchWords } from '../../../shared/text/search-words';
import { messageOf } from '../ui/message-of';
import { tenantActions } from './tenant-actions';
import { useLocale } from '../i18n/locale';
import { describeActionRefusal } from './action-refusal';
import type { ActionRefusal } from './action-refusal';
import { ActorStamp } from './ActorStamp';
import { ClampedText } from './ClampedText';

type RemoteFlow = HostResult<'tenants:flows'>['flows'][number];

/**
 * The flows a tenant holds: name and description, status, last published and created, by whom
 * and when; searchable by name and description, each description cut to two lines until asked
 * for whole, so a tenant's list stays on one screen. Each flow's revisions open from its row.
 */
export function RemoteFlowsView({ connection, onRevisions }: { connection: TenantConnectionView; onRevisions: (flow: { id: string; name: string }) => void }) {
  const { t } = useTranslation();
  const locale = useLocale();
  const [flows, setFlows] = useState<RemoteFlow[] | null>(null);
  const [problem, setProblem] = useState<string | null>(null);
  const [refusal, setRefusal] = useState<ActionRefusal | null>(null);
  const [query, setQuery] = useState('');
  const countId = useId();
  const shown = useMemo(() => {
    const words = searchWords(query);
    return (flows ?? []).filter((flow) => containsAllWords(foldForSearch(`${flow.name} ${flow.description}`), words));
  }, [flows, query]);

  useEffect(() => {
    let live = true;
    tenantActions.remoteFlows(connection.id).then(
      (answer) => live && setFlows(answer.flows),
      (error: unknown) => live && setProblem(messageOf(error)),
    );
    return () => {
      live = false;
    };
  }, [connection.id]);

  const act = async (flow: RemoteFlow, action: RemoteFlow['actions'][number]) => {
    setProblem(null);
    setRefusal(null);
    try {
      await tenantActions.flowAction({ id: connection.id, flowId: flow.id, action, revision: flow.revision });
      setFlows((await tenantActions.remoteFlows(connection.id)).flows);
    } catch (error) {
      const refused = describeActionRefusal(error, { action, flow: flow.name }, t, locale);
      if (refused) setRefusal(refused);
      else setProblem(messageOf(error));
    }
  };

  if (problem && !flows) return <p role="alert" className="error-text">{problem}</p>;
  if (!flows) return <p className="muted" aria-busy="true">…</p>;
  if (flows.length === 0) return <p>{t('tenants.noRemoteFlows')}</p>;
  return (
    <>
      {problem && <p role="alert" className="error-text">{problem}</p>}
      {refusal && (
        <div role="alert" className="error-text">
          <p>{refusal.summary}</p>
          <ul>
            {refusal.errors.map((text, index) => (
              <li key={index}>{text}</li>
            ))}
          </ul>
        </div>
      )}
      <div className="fp-remote-flows__search">
        <input
          type="search"
          aria-label={t('remoteList.search')}
          aria-describedby={countId}
          placeholder={t('remoteList.search')}
          value={query}
          onChange={(event) => setQuery(event.target.value)}
        />
        <span id={countId} className="muted" aria-live="polite">
          {query.trim() === '' ? t('remoteList.count', { count: flows.length }) : t('remoteList.matching', { count: shown.length, total: flows.length })}
        </span>
      </div>
      {shown.length === 0 && <p>{t('remoteList.noMatch', { query })}</p>}
      <table className="fp-remote-flows" aria-label={t('tenants.remoteFlowsOf', { name: connection.name })} hidden={shown.length === 0}>
        <thead>
          <tr>
            <th scope="col">{t('tenants.columnName')}</th>
            <th scope="col">{t('tenants.columnStatus')}</th>
            <th scope="col">{t('tenants.columnPublished')}</th>
            <th scope="col">{t('tenants.columnCreated')}</th>
            <th scope="col">{t('tenants.columnActions')}</th>
          </tr>
        </thead>
        <tbody>
          {shown.map((flow) => (
            <tr key={flow.id}>
              <td>
                <strong>{flow.name}</strong>
                {flow.description && <ClampedText text={flow.description} />}
              </td>
              <td>
                <span className={`fp-status fp-status--${flow.status}`}>{t(`tenants.status.${flow.status}`)}</span>
              </td>
              <td>
                <ActorStamp at={flow.publishedAt} tokenId={flow.publishedBy} label={flow.publishedByLabel} person={flow.publishedByUser} />
              </td>
              <td>
                <ActorStamp at={flow.createdAt} tokenId={flow.createdBy} label={flow.createdByLabel} person={flow.createdByUser} />
              </td>
              <td className="fp-sync__actions">
                {flow.actions.map((action) => (
                  <button key={action} type="button" className="button button-small" onClick={() => void act(flow, action)}>
                    {t(`tenants.action.${action}`)}
                  </button>
                ))}
                <button type="button" className="button button-small" onClick={() => onRevisions({ id: flow.id, name: flow.name })}>
                  {t('tenants.revisions.open')}
                </button>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </>
  );
}
