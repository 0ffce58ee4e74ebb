import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useLocale } from '../i18n/locale';
import { errorText } from '../host/host-error-text';
import { saveSimulationAsTest, savedTestNames } from './simulator-actions';
import type { SaveTestOutcome } from './simulator-actions';

/** Save as test: a name, and the simulation written as a test in the flow's test file beside it. */
export function SaveTestForm({ docId, canSave }: { docId: string; canSave: boolean }) {
  const { t } = useTranslation();
  const locale = useLocale();
  const [name, setName] = useState(() => t('simulator.save.defaultName', { index: 1 }));
  const [outcome, setOutcome] = useState<SaveTestOutcome | null>(null);
  const [saving, setSaving] = useState(false);
  const [touched, setTouched] = useState(false);

  // Suggests the first "Simulation N" the flow's tests do not have yet, so saving twice never replaces a test unasked.
  useEffect(() => {
    if (touched || (outcome !== null && outcome.kind !== 'saved')) return;
    let current = true;
    void savedTestNames(docId).then((names) => {
      if (!current) return;
      const taken = new Set(names);
      let index = 1;
      while (taken.has(t('simulator.save.defaultName', { index }))) index += 1;
      setName(t('simulator.save.defaultName', { index }));
    });
    return () => {
      current = false;
    };
  }, [docId, outcome, touched, t]);

  const message = (() => {
    if (!outcome) return '';
    switch (outcome.kind) {
      case 'saved':
        return [t('simulator.save.saved', { name: outcome.name, path: outcome.path }), outcome.dirty ? t('simulator.save.dirty') : ''].filter(Boolean).join(' ');
      case 'unsaved':
        return t('simulator.save.unsaved');
      case 'noRun':
        return t('simulator.save.noRun');
      case 'failed':
        return t('simulator.save.failed', { message: errorText(outcome.error, t, locale) });
    }
  })();

  return (
    <form
      className="simulator-section simulator-save"
      aria-label={t('simulator.save.title')}
      onSubmit={(event) => {
        event.preventDefault();
        if (name.trim() === '' || saving) return;
        setSaving(true);
        void saveSimulationAsTest(docId, name).then((result) => {
          setOutcome(result);
          setSaving(false);
          setTouched(false);
        });
      }}
    >
      <h3 className="simulator-heading">{t('simulator.save.title')}</h3>
      <label className="simulator-field">
        <span>{t('simulator.save.name')}</span>
        <input
          type="text"
          value={name}
          maxLength={200}
          onChange={(event) => {
            setTouched(true);
            setName(event.target.value);
          }}
        />
      </label>
      <button type="submit" className="button" disabled={!canSave || saving || name.trim() === ''}>
        {t('simulator.save.button')}
      </button>
      <p className={`simulator-save-status${outcome?.kind === 'saved' ? '' : ' simulator-save-status--problem'}`} role="status">
        {message}
      </p>
    </form>
  );
}
