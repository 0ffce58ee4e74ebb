import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { WorkspacePack } from '../../../shared/host/pack-calls';
import { messageOf } from '../ui/message-of';
import { packActions } from './pack-actions';
import { formatDateTime } from '../i18n/format';
import { useLocale } from '../i18n/locale';

/**
 * The packs already in the workspace (the ones export wrote, or copied in), newest first, so
 * import starts from them instead of asking for a file export just wrote. Choosing one opens it
 * as a picked file would; `chosen` is the path of the one open.
 */
export function WorkspacePackList({ chosen, disabled, onChoose }: { chosen: string | null; disabled: boolean; onChoose: (path: string) => void }) {
  const { t } = useTranslation();
  const locale = useLocale();
  const [listed, setListed] = useState<{ packs: WorkspacePack[]; more: boolean } | null>(null);
  const [problem, setProblem] = useState<string | null>(null);
  useEffect(() => {
    let current = true;
    packActions.listPacks().then(
      (answer) => current && setListed(answer),
      (error: unknown) => current && setProblem(messageOf(error)),
    );
    return () => {
      current = false;
    };
  }, []);
  const title = t('packDestination.listTitle');
  return (
    <section className="pack-workspace-list" aria-label={title}>
      <h3 className="pack-subtitle">{title}</h3>
      {problem && (
        <p className="error-text" role="alert">
          {problem}
        </p>
      )}
      {listed === null && problem === null && <p className="muted">{t('packDestination.listLoading')}</p>}
      {listed?.packs.length === 0 && <p className="muted">{t('packDestination.listEmpty')}</p>}
      {listed && listed.packs.length > 0 && (
        <ul>
          {listed.packs.map((pack) => (
            <li key={pack.path}>
              <button
                type="button"
                className="pack-workspace-item"
                aria-pressed={chosen === pack.path}
                disabled={disabled || pack.problem !== null}
                onClick={() => onChoose(pack.path)}
              >
                <span className="pack-workspace-name">{pack.name}</span>
                <span className="muted">
                  {pack.createdAt !== null && `${formatDateTime(pack.createdAt, locale)} · `}
                  {pack.problem ?? t('packDestination.listFlows', { count: pack.flows.length, names: pack.flows.join(', ') })}
                </span>
                <span className="mono pack-workspace-path">{pack.path}</span>
              </button>
            </li>
          ))}
        </ul>
      )}
      {listed?.more && <p className="muted">{t('packDestination.listMore')}</p>}
    </section>
  );
}
