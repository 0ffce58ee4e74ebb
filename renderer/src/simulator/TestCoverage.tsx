import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { errorText } from '../host/host-error-text';
import { useLocale } from '../i18n/locale';
import { hideTestCoverage, showTestCoverage } from './test-coverage';
import type { CoverageOutcome } from './test-coverage';

/** Test coverage: dims on the canvas what the flow's saved tests never reach, with the figures in words. */
export function TestCoverage({ docId }: { docId: string }) {
  const { t } = useTranslation();
  const locale = useLocale();
  const titleId = useId();
  const [outcome, setOutcome] = useState<CoverageOutcome | null>(null);
  const [busy, setBusy] = useState(false);
  const shown = outcome?.kind === 'shown';

  async function toggle() {
    if (shown) {
      hideTestCoverage(docId);
      setOutcome(null);
      return;
    }
    setBusy(true);
    setOutcome(await showTestCoverage(docId));
    setBusy(false);
  }

  let message: string | null = null;
  if (outcome?.kind === 'shown') {
    message = t('simulator.coverage.summary', { count: outcome.tests, steps: outcome.steps.reached, stepTotal: outcome.steps.total, ports: outcome.ports.taken, portTotal: outcome.ports.total });
    if (outcome.failing > 0) message += ` ${t('simulator.coverage.failing', { count: outcome.failing })}`;
  } else if (outcome?.kind === 'noTests') message = t('simulator.coverage.noTests');
  else if (outcome?.kind === 'unsaved') message = t('simulator.coverage.unsaved');
  else if (outcome?.kind === 'unreadable') message = t('simulator.coverage.unreadable', { message: outcome.message });
  else if (outcome?.kind === 'failed') message = t('simulator.coverage.failed', { message: errorText(outcome.error, t, locale) });

  return (
    <section className="simulator-section" aria-labelledby={titleId}>
      <h3 className="simulator-heading" id={titleId}>{t('simulator.coverage.title')}</h3>
      <button type="button" className="button" onClick={() => void toggle()} disabled={busy} aria-pressed={shown}>
        {shown ? t('simulator.coverage.hide') : t('simulator.coverage.show')}
      </button>
      <p role="status" className="muted">
        {message}
      </p>
    </section>
  );
}
