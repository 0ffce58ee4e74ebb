import { useTranslation } from 'react-i18next';
import type { HostResult } from '../../../shared/host/contract';

type FlowDiff = HostResult<'tenants:compare'>['diff'];
type FieldChange = FlowDiff['flow'][number];

/** A value as one short line (long text and objects are cut). */
function show(value: unknown): string {
  const text = typeof value === 'string' ? value : JSON.stringify(value);
  return text === undefined ? '—' : text.length > 80 ? `${text.slice(0, 79)}…` : text;
}

function FieldChanges({ changes }: { changes: FieldChange[] }) {
  const { t } = useTranslation();
  return (
    <ul className="fp-diff__fields">
      {changes.map((change) => (
        <li key={change.path.join('.')} className={`fp-diff__field fp-diff__field--${change.change}`}>
          <code>{change.path.join('.')}</code>{' '}
          {change.change === 'changed' && t('tenants.diff.changed', { before: show(change.before), after: show(change.after) })}
          {change.change === 'added' && t('tenants.diff.added', { after: show(change.after) })}
          {change.change === 'removed' && t('tenants.diff.removed', { before: show(change.before) })}
        </li>
      ))}
    </ul>
  );
}

/** What the local version changes relative to the tenant's: steps added, removed and changed (field by field), connections. */
export function FlowDiffView({ diff }: { diff: FlowDiff }) {
  const { t } = useTranslation();
  const { flow, steps, connections } = diff;
  const empty = flow.length + steps.added.length + steps.removed.length + steps.changed.length + connections.added.length + connections.removed.length === 0;
  if (empty) return <p>{t('tenants.diff.none')}</p>;
  return (
    <div className="fp-diff">
      {flow.length > 0 && (
        <section aria-label={t('tenants.diff.flowFields')}>
          <h4>{t('tenants.diff.flowFields')}</h4>
          <FieldChanges changes={flow} />
        </section>
      )}
      {steps.added.length + steps.removed.length + steps.changed.length > 0 && (
        <section aria-label={t('tenants.diff.steps')}>
          <h4>{t('tenants.diff.steps')}</h4>
          <ul className="fp-diff__steps">
            {steps.added.map((step) => (
              <li key={step.id} className="fp-diff__step fp-diff__step--added">{t('tenants.diff.stepAdded', { name: step.name || step.id })}</li>
            ))}
            {steps.removed.map((step) => (
              <li key={step.id} className="fp-diff__step fp-diff__step--removed">{t('tenants.diff.stepRemoved', { name: step.name || step.id })}</li>
            ))}
            {steps.changed.map((step) => (
              <li key={step.id} className="fp-diff__step fp-diff__step--changed">
                {t(step.fields.length === 0 ? 'tenants.diff.stepMoved' : 'tenants.diff.stepChanged', { name: step.name || step.id })}
                {step.fields.length > 0 && <FieldChanges changes={step.fields} />}
              </li>
            ))}
          </ul>
        </section>
      )}
      {connections.added.length + connections.removed.length > 0 && (
        <section aria-label={t('tenants.diff.connections')}>
          <h4>{t('tenants.diff.connections')}</h4>
          <ul>
            {connections.added.map((edge) => (
              <li key={`+${edge.source}.${edge.sourcePort}>${edge.target}`} className="fp-diff__step--added">
                {t('tenants.diff.connectionAdded', { from: edge.source, port: edge.sourcePort, to: edge.target })}
              </li>
            ))}
            {connections.removed.map((edge) => (
              <li key={`-${edge.source}.${edge.sourcePort}>${edge.target}`} className="fp-diff__step--removed">
                {t('tenants.diff.connectionRemoved', { from: edge.source, port: edge.sourcePort, to: edge.target })}
              </li>
            ))}
          </ul>
        </section>
      )}
    </div>
  );
}
