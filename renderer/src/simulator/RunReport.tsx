import { useTranslation } from 'react-i18next';
import type { Flow } from '../../../shared/format/flow-schema';
import { useLocale } from '../i18n/locale';
import { lastRun } from './simulation-store';
import type { Simulation } from './simulation-store';
import { detailText, effectKindText, inputText, outcomeText, transcriptOf } from './simulation-view';

/** The run's outcome, the transcript of what the contact would receive and give, and every effect in words. */
export function RunReport({ flow, simulation }: { flow: Flow; simulation: Simulation }) {
  const { t } = useTranslation();
  const locale = useLocale();
  const run = lastRun(simulation);
  const nameOf = (nodeId: string) => flow.nodes.find((node) => node.id === nodeId)?.name || nodeId;
  if (!simulation.result) return <p className="muted">{t('simulator.notStarted')}</p>;
  const transcript = transcriptOf(simulation.result.runs, simulation.inputs);

  return (
    <>
      <section className="simulator-section" aria-label={t('simulator.outcome.label')}>
        <h3 className="simulator-heading">{t('simulator.outcome.label')}</h3>
        <p className={`simulator-outcome simulator-outcome--${run?.status ?? 'none'}`} role="status">
          {run ? outcomeText(t, run, locale) : ''}
        </p>
      </section>
      <section className="simulator-section" aria-label={t('simulator.transcript')}>
        <h3 className="simulator-heading">{t('simulator.transcript')}</h3>
        {transcript.length === 0 ? (
          <p className="muted">{t('simulator.transcriptEmpty')}</p>
        ) : (
          <ol className="simulator-transcript">
            {transcript.map((entry, index) =>
              entry.from === 'flow' ? (
                <li key={index} className={`bubble bubble--flow${entry.effect.kind === 'messageFailed' ? ' bubble--failed' : ''}`}>
                  <span className="bubble-who">{t('simulator.fromFlow')}</span>
                  <span className="bubble-text">{typeof entry.effect.detail?.text === 'string' ? entry.effect.detail.text : detailText(entry.effect.detail)}</span>
                  {Array.isArray(entry.effect.detail?.options) && entry.effect.detail.options.length > 0 && (
                    <span className="bubble-note">{t('simulator.choices', { options: (entry.effect.detail.options as readonly string[]).join(', ') })}</span>
                  )}
                  {entry.effect.kind === 'messageFailed' && <span className="bubble-note">{t('simulator.failed')}</span>}
                </li>
              ) : (
                <li key={index} className={`bubble ${'wait' in entry.input ? 'bubble--time' : 'bubble--contact'}`}>
                  {!('wait' in entry.input) && <span className="bubble-who">{t('simulator.fromContact')}</span>}
                  <span className="bubble-text">{inputText(t, entry.input)}</span>
                </li>
              ),
            )}
          </ol>
        )}
      </section>
      <section className="simulator-section" aria-label={t('simulator.effects')}>
        <h3 className="simulator-heading">{t('simulator.effects')}</h3>
        {!run || run.effects.length === 0 ? (
          <p className="muted">{t('simulator.effectsNone')}</p>
        ) : (
          <ul className="simulator-effects">
            {run.effects.map((effect, index) => (
              <li key={index}>
                <span className="simulator-effect-kind">{t('simulator.effectAt', { effect: effectKindText(t, effect.kind), step: nameOf(effect.nodeId) })}</span>
                {detailText(effect.detail) !== '' && <span className="simulator-effect-detail">{detailText(effect.detail)}</span>}
              </li>
            ))}
          </ul>
        )}
      </section>
    </>
  );
}
