import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { WORLD_QUESTIONS } from '../../../shared/catalog/behaviour';
import type { WorldQuestion } from '../../../shared/catalog/behaviour';
import type { Flow } from '../../../shared/format/flow-schema';
import { setupEdits, useSimulations } from './simulation-store';
import { WORLD_SUGGESTIONS, triggersOf } from './simulation-setup';
import type { SimulationSetup } from './simulation-setup';

interface Props {
  docId: string;
  flow: Flow;
  setup: SimulationSetup;
  started: boolean;
}

const SUBJECT_KIND = { conversations: 'contact', journeys: 'contact', pipeline: 'card', 'contact-center': 'call' } as const;

/** How the simulation starts: the trigger, the test contact (card, call) with fields and tags, and the world's answers; Run and Restart. */
export function SimulationSetupForm({ docId, flow, setup, started }: Props) {
  const { t } = useTranslation();
  const id = useId();
  const edit = (change: (setup: SimulationSetup) => SimulationSetup) => useSimulations.getState().editSetup(docId, flow, change);
  const triggers = triggersOf(flow);
  const nameOf = (nodeId: string) => flow.nodes.find((node) => node.id === nodeId)?.name || nodeId;

  return (
    <form
      className="simulator-setup"
      aria-label={t('simulator.setup')}
      onSubmit={(event) => {
        event.preventDefault();
        useSimulations.getState().run(docId, flow);
      }}
    >
      {triggers.length === 0 ? (
        <p className="muted">{t('simulator.noTrigger')}</p>
      ) : (
        <label className="simulator-field">
          <span>{t('simulator.trigger')}</span>
          <select value={setup.triggerId ?? ''} onChange={(event) => edit(setupEdits.trigger(event.target.value))}>
            {triggers.map((node) => (
              <option key={node.id} value={node.id}>
                {node.name || node.id}
              </option>
            ))}
          </select>
        </label>
      )}
      <fieldset className="simulator-group">
        <legend>{t(`simulator.subject.${SUBJECT_KIND[flow.profile]}`)}</legend>
        <label className="simulator-field">
          <span>{t('simulator.name')}</span>
          <input type="text" value={setup.name} onChange={(event) => edit(setupEdits.name(event.target.value))} />
        </label>
        <div className="simulator-fields" role="group" aria-labelledby={`${id}-fields`}>
          <span id={`${id}-fields`} className="simulator-label">
            {t('simulator.fields')}
          </span>
          {setup.fields.map((row, index) => (
            <div className="simulator-field-row" key={index}>
              <input type="text" aria-label={t('simulator.fieldKeyNumbered', { index: index + 1 })} placeholder={t('simulator.fieldKey')} value={row.key} onChange={(event) => edit(setupEdits.field(index, { ...row, key: event.target.value }))} />
              <input type="text" aria-label={t('simulator.fieldValueNumbered', { index: index + 1 })} placeholder={t('simulator.fieldValue')} value={row.value} onChange={(event) => edit(setupEdits.field(index, { ...row, value: event.target.value }))} />
              <button type="button" className="icon-button" aria-label={t('simulator.removeField', { index: index + 1 })} title={t('simulator.removeField', { index: index + 1 })} onClick={() => edit(setupEdits.removeField(index))}>
                ×
              </button>
            </div>
          ))}
          <button type="button" className="button button-small" onClick={() => edit(setupEdits.addField())}>
            {t('simulator.addField')}
          </button>
        </div>
        <label className="simulator-field">
          <span>{t('simulator.tags')}</span>
          <input type="text" aria-describedby={`${id}-tags`} value={setup.tags.join(', ')} onChange={(event) => edit(setupEdits.tags(event.target.value))} />
          <span id={`${id}-tags`} className="muted simulator-hint">
            {t('simulator.tagsHint')}
          </span>
        </label>
      </fieldset>
      <WorldAnswers flow={flow} setup={setup} edit={edit} nameOf={nameOf} />
      <div className="simulator-actions">
        <button type="submit" className="button button-primary" disabled={!setup.triggerId}>
          {started ? t('simulator.restart') : t('simulator.run')}
        </button>
      </div>
    </form>
  );
}

interface WorldProps {
  flow: Flow;
  setup: SimulationSetup;
  edit: (change: (setup: SimulationSetup) => SimulationSetup) => void;
  nameOf: (nodeId: string) => string;
}

/** The outside world's answers per step: a delivery that fails, a team with no one available, closed hours. */
function WorldAnswers({ flow, setup, edit, nameOf }: WorldProps) {
  const { t } = useTranslation();
  const id = useId();
  const triggers = new Set(triggersOf(flow).map((node) => node.id));
  const steps = flow.nodes.filter((node) => !triggers.has(node.id));
  const [nodeId, setNodeId] = useState('');
  const [question, setQuestion] = useState<WorldQuestion>('delivery');
  const [answer, setAnswer] = useState('');
  const chosenStep = steps.some((node) => node.id === nodeId) ? nodeId : (steps[0]?.id ?? '');
  const questionText = (code: WorldQuestion) => t(`simulator.question.${code}`, { defaultValue: code });
  const setAnswerOfWorld = () => {
    const given = answer.trim() || WORLD_SUGGESTIONS[question]?.[0] || '';
    if (given !== '' && chosenStep !== '') edit(setupEdits.world({ nodeId: chosenStep, question, answer: given }));
    setAnswer('');
  };

  return (
    <fieldset className="simulator-group">
      <legend>{t('simulator.world')}</legend>
      <p className="muted simulator-hint">{t('simulator.worldHint')}</p>
      {setup.world.length === 0 ? (
        <p className="muted">{t('simulator.worldNone')}</p>
      ) : (
        <ul className="simulator-world-list">
          {setup.world.map((row) => (
            <li key={`${row.nodeId}:${row.question}`}>
              <span>{t('simulator.worldRow', { step: nameOf(row.nodeId), question: questionText(row.question), answer: row.answer })}</span>
              <button
                type="button"
                className="icon-button"
                aria-label={t('simulator.worldRemove', { step: nameOf(row.nodeId), question: questionText(row.question) })}
                title={t('simulator.worldRemove', { step: nameOf(row.nodeId), question: questionText(row.question) })}
                onClick={() => edit(setupEdits.removeWorld(row))}
              >
                ×
              </button>
            </li>
          ))}
        </ul>
      )}
      {steps.length > 0 && (
        <div className="simulator-world-new">
          <label className="simulator-field">
            <span>{t('simulator.worldStep')}</span>
            <select value={chosenStep} onChange={(event) => setNodeId(event.target.value)}>
              {steps.map((node) => (
                <option key={node.id} value={node.id}>
                  {node.name || node.id}
                </option>
              ))}
            </select>
          </label>
          <label className="simulator-field">
            <span>{t('simulator.worldQuestion')}</span>
            <select value={question} onChange={(event) => setQuestion(event.target.value as WorldQuestion)}>
              {WORLD_QUESTIONS.map((code) => (
                <option key={code} value={code}>
                  {questionText(code)}
                </option>
              ))}
            </select>
          </label>
          <label className="simulator-field">
            <span>{t('simulator.worldAnswer')}</span>
            <input
              type="text"
              list={`${id}-answers`}
              value={answer}
              onChange={(event) => setAnswer(event.target.value)}
              onKeyDown={(event) => {
                // Enter sets this answer; it does not run the simulation the surrounding form starts.
                if (event.key !== 'Enter') return;
                event.preventDefault();
                setAnswerOfWorld();
              }}
            />
            <datalist id={`${id}-answers`}>
              {(WORLD_SUGGESTIONS[question] ?? []).map((suggestion) => (
                <option key={suggestion} value={suggestion} />
              ))}
            </datalist>
          </label>
          <button
            type="button"
            className="button button-small"
            disabled={chosenStep === ''}
            onClick={setAnswerOfWorld}
          >
            {t('simulator.worldSet')}
          </button>
        </div>
      )}
    </fieldset>
  );
}
