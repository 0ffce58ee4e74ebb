import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { downloadPathOf } from '../../../shared/host/transport';
import { messageOf } from '../ui/message-of';
import { useUi } from '../ui/ui-store';
import { packActions } from './pack-actions';

/** Where export wrote the pack: the full path on the computer, and its workspace path when it is in the workspace. */
export interface SavedPack {
  fullPath: string;
  workspacePath: string | null;
}

/**
 * What the Export dialog shows once the pack is written: where it is, in full, so the user can
 * find it outside the app, and the way to reach it from here: "Show in folder" in the desktop
 * app, a download in the browser host (a web page cannot open a folder).
 */
export function ExportSavedView({ saved }: { saved: SavedPack }) {
  const { t } = useTranslation();
  const host = useUi((state) => state.host);
  const [problem, setProblem] = useState<string | null>(null);
  const showInFolder = () => {
    setProblem(null);
    packActions.showInFolder(saved.fullPath).catch((error: unknown) => setProblem(messageOf(error)));
  };
  const fileName = saved.fullPath.split(/[\\/]/).pop() ?? saved.fullPath;
  return (
    <section className="pack-saved" aria-label={t('packDestination.savedTitle')}>
      <p role="status">{t('packDestination.savedTo')}</p>
      <code className="pack-saved-path">{saved.fullPath}</code>
      <div className="pack-saved-actions">
        {host?.kind === 'electron' && (
          <button type="button" className="button" onClick={showInFolder}>
            {t('packDestination.showInFolder')}
          </button>
        )}
        {host?.kind === 'browser' && saved.workspacePath !== null && (
          <a className="button" href={downloadPathOf(saved.workspacePath)} download={fileName}>
            {t('packDestination.download', { name: fileName })}
          </a>
        )}
      </div>
      {saved.workspacePath !== null && <p className="muted">{t('packDestination.savedImportHint')}</p>}
      {problem && (
        <p className="error-text" role="alert">
          {problem}
        </p>
      )}
    </section>
  );
}
