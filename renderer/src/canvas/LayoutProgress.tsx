import { useTranslation } from 'react-i18next';
import { cancelAutoLayout, useLayoutRun } from './auto-layout';

/** Says that auto layout is arranging this canvas's flow, with a button to stop it. */
export function LayoutProgress({ docId }: { docId: string }) {
  const { t } = useTranslation();
  const steps = useLayoutRun((run) => (run?.docId === docId ? run.steps : null));
  if (steps === null) return null;
  return (
    <div className="fp-canvas__layout-progress" role="status">
      <span className="fp-canvas__spinner" aria-hidden="true" />
      <span>{t('canvas.layoutRunning', { count: steps })}</span>
      <button type="button" onClick={cancelAutoLayout}>
        {t('canvas.layoutCancel')}
      </button>
    </div>
  );
}
