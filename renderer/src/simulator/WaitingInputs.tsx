import { useState } from 'react';
import type { FormEvent, ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { Flow } from '../../../shared/format/flow-schema';
import type { TestInput } from '../../../shared/runtime/flow-test-schema';
import type { RunState } from '../../../shared/runtime/run-state';
import { formatDateTime } from '../i18n/format';
import { useLocale } from '../i18n/locale';
import { useSimulations } from './simulation-store';
import { laterText, secondsUntil } from './simulation-view';

/**
 * What the waiting run can be given, as fits what it waits for: a reply (Enter sends it),
 * digits, an HTTP answer, an agent picking it up; and, when it waits with a deadline, the time
 * passing until then ("7 days later").
 */
export function WaitingInputs({ docId, flow, run }: { docId: string; flow: Flow; run: RunState }) {
  const { t } = useTranslation();
  const locale = useLocale();
  const give = (input: TestInput) => useSimulations.getState().give(docId, flow, input);
  const waitFor = run.waiting?.for;
  const seconds = secondsUntil(run);

  return (
    <section className="simulator-section simulator-give" aria-label={t('simulator.give.title')}>
      <h3 className="simulator-heading">{t('simulator.give.title')}</h3>
      {waitFor === 'reply' && <OneValueForm label={t('simulator.give.reply')} submit={t('simulator.give.send')} onGive={(text) => give({ reply: text })} />}
      {waitFor === 'digits' && <OneValueForm label={t('simulator.give.digits')} submit={t('simulator.give.press')} pattern="[0-9*#]{1,50}" inputMode="tel" onGive={(digits) => give({ digits })} />}
      {waitFor === 'agent' && <OneValueForm label={t('simulator.give.agent')} submit={t('simulator.give.pickUp')} initial="Agent" onGive={(name) => give({ agent: name })} />}
      {waitFor === 'http' && <HttpAnswerForm onGive={(status, body) => give({ http: { status, ...(body === '' ? {} : { body }) } })} />}
      {seconds !== undefined && run.waiting?.deadline !== undefined && (
        <button type="button" className="button" onClick={() => give({ wait: seconds })}>
          {t('simulator.give.timeout', { later: laterText(t, seconds), deadline: formatDateTime(run.waiting.deadline, locale) })}
        </button>
      )}
    </section>
  );
}

interface OneValueProps {
  label: string;
  submit: string;
  onGive: (value: string) => void;
  initial?: string;
  pattern?: string;
  inputMode?: 'tel' | 'text';
}

/** A labelled text box and its button, in a form, so Enter gives the value. */
function OneValueForm({ label, submit, onGive, initial = '', pattern, inputMode }: OneValueProps) {
  const [value, setValue] = useState(initial);
  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    if (value.trim() === '') return;
    onGive(value);
    setValue(initial);
  };
  return (
    <Form onSubmit={onSubmit}>
      <label className="simulator-field">
        <span>{label}</span>
        <input type="text" value={value} pattern={pattern} inputMode={inputMode} onChange={(event) => setValue(event.target.value)} autoFocus />
      </label>
      <button type="submit" className="button button-primary">
        {submit}
      </button>
    </Form>
  );
}

/** The status and body an HTTP step's request gets. */
function HttpAnswerForm({ onGive }: { onGive: (status: number, body: string) => void }) {
  const { t } = useTranslation();
  const [status, setStatus] = useState('200');
  const [body, setBody] = useState('');
  const code = Number(status);
  const valid = Number.isInteger(code) && code >= 100 && code <= 599;
  return (
    <Form
      onSubmit={(event) => {
        event.preventDefault();
        if (valid) onGive(code, body);
      }}
    >
      <label className="simulator-field">
        <span>{t('simulator.give.httpStatus')}</span>
        <input type="number" min={100} max={599} value={status} onChange={(event) => setStatus(event.target.value)} aria-invalid={!valid || undefined} />
      </label>
      <label className="simulator-field">
        <span>{t('simulator.give.httpBody')}</span>
        <textarea value={body} onChange={(event) => setBody(event.target.value)} rows={3} />
      </label>
      <button type="submit" className="button button-primary" disabled={!valid}>
        {t('simulator.give.httpAnswer')}
      </button>
    </Form>
  );
}

function Form({ onSubmit, children }: { onSubmit: (event: FormEvent) => void; children: ReactNode }) {
  return (
    <form className="simulator-give-form" onSubmit={onSubmit}>
      {children}
    </form>
  );
}
