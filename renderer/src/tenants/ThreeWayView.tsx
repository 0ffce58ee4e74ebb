import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { TFunction } from 'i18next';
import type { Locale } from '../../../shared/catalog/labels';
import type { HostResult } from '../../../shared/host/contract';
import type { MergeChoices, MergeSide } from '../../../shared/sync/merge-flows';
import { useLocale } from '../i18n/locale';
import { configFieldMeta, fieldLabel, stepTypeLabel, valueText } from './merge-values';
import { labelOrNull } from '../i18n/catalog-text';

type ThreeWay = HostResult<'tenants:compare'>['threeWay'];
type Step = ThreeWay['steps'][number];
type Field = Step['fields'][number];
type Connection = ThreeWay['connections'][number];
type ChangedOn = Step['changedOn'];

/** Texts longer than this start folded, with a button to show them whole (never cut mid-word). */
const FOLD_AT = 140;

function LongText({ text }: { text: string }) {
  const { t } = useTranslation();
  const [open, setOpen] = useState(false);
  if (text.length <= FOLD_AT) return <span className="fp-merge__value">{text}</span>;
  const cut = text.lastIndexOf(' ', FOLD_AT);
  return (
    <span className="fp-merge__value">
      {open ? text : `${text.slice(0, cut > 0 ? cut : FOLD_AT)}…`}{' '}
      <button type="button" className="link-button" aria-expanded={open} onClick={() => setOpen(!open)}>
        {t(open ? 'merge.showLess' : 'merge.showWhole')}
      </button>
    </span>
  );
}

/** Two radio buttons, "Yours" and "Tenant's", named for what they choose. */
function SideChoice({ label, value, onChange }: { label: string; value: MergeSide | undefined; onChange: (side: MergeSide) => void }) {
  const { t } = useTranslation();
  const name = useId();
  return (
    <div role="radiogroup" aria-label={label} className="fp-merge__choice">
      {(['mine', 'theirs'] as const).map((side) => (
        <label key={side}>
          <input type="radio" name={name} checked={value === side} onChange={() => onChange(side)} /> {t(side === 'mine' ? 'merge.takeMine' : 'merge.takeTheirs')}
        </label>
      ))}
    </div>
  );
}

const defaultSide = (changedOn: ChangedOn): MergeSide | undefined => (changedOn === 'here' ? 'mine' : changedOn === 'there' ? 'theirs' : undefined);

/** What one side did to a step: added, removed, changed or nothing since the base; without a base, whether it has it. */
function sideWord(step: Step, side: 'inMine' | 'inTheirs', changed: boolean, hasBase: boolean, t: TFunction): string {
  if (!hasBase) return t(step[side] ? 'merge.side.present' : 'merge.side.absent');
  if (step[side] !== step.inBase) return t(step[side] ? 'merge.side.added' : 'merge.side.removed');
  return t(changed ? 'merge.side.changed' : 'merge.side.unchanged');
}

interface FieldTableProps {
  fields: Field[];
  hasBase: boolean;
  profile: string;
  type: string | undefined;
  /** The choice of a field changed on both sides, and how to make it; undefined where the table offers none. */
  choiceOf: (field: Field) => { label: string; value: MergeSide | undefined; onChange: (side: MergeSide) => void } | undefined;
  /** The version kept of a field the table offers no choice for (it follows its step's choice, or the side that changed it). */
  keptOf?: (field: Field) => MergeSide | undefined;
}

function FieldTable({ fields, hasBase, profile, type, choiceOf, keptOf }: FieldTableProps) {
  const { t } = useTranslation();
  const locale = useLocale();
  const show = (field: Field, value: unknown) => <LongText text={valueText(value, type && field.key[0] === 'config' ? configFieldMeta(profile, type, field.key[1]!) : undefined, locale, t)} />;
  return (
    <table className="fp-merge__fields">
      <thead>
        <tr>
          <th scope="col">{t('merge.column.field')}</th>
          {hasBase && <th scope="col">{t('merge.column.base')}</th>}
          <th scope="col">{t('merge.column.mine')}</th>
          <th scope="col">{t('merge.column.theirs')}</th>
          <th scope="col">{t('merge.column.keep')}</th>
        </tr>
      </thead>
      <tbody>
        {fields.map((field) => {
          const choice = choiceOf(field);
          const kept = keptOf?.(field) ?? defaultSide(field.changedOn);
          return (
            <tr key={field.key.join('.')} className={`fp-merge__field fp-merge__field--${field.changedOn}`}>
              <th scope="row">{fieldLabel(field.key, profile, type, locale, t)}</th>
              {hasBase && <td>{show(field, field.base)}</td>}
              <td>{show(field, field.mine)}</td>
              <td>{show(field, field.theirs)}</td>
              <td>{choice ? <SideChoice {...choice} /> : <span className="muted">{kept && t(kept === 'mine' ? 'merge.takeMine' : 'merge.takeTheirs')}</span>}</td>
            </tr>
          );
        })}
      </tbody>
    </table>
  );
}

export interface ThreeWayViewProps {
  threeWay: ThreeWay;
  choices: MergeChoices;
  onChoose: (choices: MergeChoices) => void;
}

/**
 * The three-way Compare: what changed on both sides (each needing a choice), here and on the
 * tenant, each step and flow setting with its fields named as the drawer names them, and a
 * choice per step, per field changed on both sides and per connection.
 */
export function ThreeWayView({ threeWay, choices, onChoose }: ThreeWayViewProps) {
  const { t } = useTranslation();
  const locale: Locale = useLocale();
  const { hasBase, profile, stepNames } = threeWay;
  const groups: ChangedOn[] = hasBase ? ['both', 'here', 'there'] : ['both'];
  const nameOf = (id: string) => stepNames[id] || id;
  const setStep = (id: string, side: MergeSide) => onChoose({ ...choices, steps: { ...choices.steps, [id]: side } });
  const setField = (id: string, key: string, side: MergeSide) => onChoose({ ...choices, fields: { ...choices.fields, [id]: { ...choices.fields?.[id], [key]: side } } });
  const setFlow = (key: string, side: MergeSide) => onChoose({ ...choices, flow: { ...choices.flow, [key]: side } });
  const connectionKey = (c: Connection) => JSON.stringify([c.source, c.sourcePort, c.target]);
  const setConnection = (c: Connection, side: MergeSide) => onChoose({ ...choices, connections: { ...choices.connections, [connectionKey(c)]: side } });

  if (threeWay.flow.length + threeWay.steps.length + threeWay.connections.length === 0) return <p>{t('merge.none')}</p>;

  const stepItem = (step: Step) => {
    const byFields = step.inMine && step.inTheirs && !step.fields.some((field) => field.key[0] === 'type');
    const touched = (side: 'mine' | 'theirs') => step.fields.some((field) => field.changedOn === 'both' || field.changedOn === (side === 'mine' ? 'here' : 'there'));
    const name = step.name || step.id;
    return (
      <li key={step.id} className="fp-merge__item">
        <div className="fp-merge__head">
          <strong>{name}</strong> <span className="muted">{stepTypeLabel(profile, step.type, locale)}</span>
          <span className="fp-merge__sides">{t('merge.sides', { mine: sideWord(step, 'inMine', touched('mine'), hasBase, t), theirs: sideWord(step, 'inTheirs', touched('theirs'), hasBase, t) })}</span>
          <SideChoice label={t('merge.stepChoice', { name })} value={choices.steps?.[step.id] ?? defaultSide(step.changedOn)} onChange={(side) => setStep(step.id, side)} />
        </div>
        {step.fields.length > 0 && (
          <FieldTable
            fields={step.fields}
            hasBase={hasBase}
            profile={profile}
            type={step.type}
            keptOf={(field) => (byFields && step.changedOn === 'both' ? defaultSide(field.changedOn) : (choices.steps?.[step.id] ?? defaultSide(step.changedOn)))}
            choiceOf={(field) =>
              byFields && step.changedOn === 'both' && field.changedOn === 'both'
                ? {
                    label: t('merge.fieldChoice', { field: fieldLabel(field.key, profile, step.type, locale, t), name }),
                    value: choices.fields?.[step.id]?.[field.key.join('.')] ?? choices.steps?.[step.id],
                    onChange: (side) => setField(step.id, field.key.join('.'), side),
                  }
                : undefined
            }
          />
        )}
      </li>
    );
  };

  const connectionItem = (c: Connection) => {
    const words = { from: nameOf(c.source), to: nameOf(c.target) };
    return (
      <li key={connectionKey(c)} className="fp-merge__item">
        <div className="fp-merge__head">
          <span>{t('merge.connection', { ...words, port: labelOrNull(c.portLabel, locale) ?? c.sourcePort })}</span>
          <span className="fp-merge__sides">{t('merge.sides', { mine: t(c.inMine ? 'merge.connected' : 'merge.notConnected'), theirs: t(c.inTheirs ? 'merge.connected' : 'merge.notConnected') })}</span>
          <SideChoice label={t('merge.connectionChoice', words)} value={choices.connections?.[connectionKey(c)] ?? defaultSide(c.changedOn) ?? choices.steps?.[c.source]} onChange={(side) => setConnection(c, side)} />
        </div>
      </li>
    );
  };

  return (
    <div className="fp-merge">
      {groups.map((group) => {
        const flow = threeWay.flow.filter((field) => field.changedOn === group);
        const steps = threeWay.steps.filter((step) => step.changedOn === group);
        const connections = threeWay.connections.filter((c) => c.changedOn === group);
        if (flow.length + steps.length + connections.length === 0) return null;
        const title = hasBase ? t(`merge.group.${group}`) : t('merge.groupNoBase');
        return (
          <section key={group} className={`fp-merge__group fp-merge__group--${group}`} aria-label={title}>
            <h4>{title}</h4>
            <ul>
              {flow.length > 0 && (
                <li className="fp-merge__item">
                  <div className="fp-merge__head">
                    <strong>{t('merge.flowSettings')}</strong>
                  </div>
                  <FieldTable
                    fields={flow}
                    hasBase={hasBase}
                    profile={profile}
                    type={undefined}
                    choiceOf={(field) => {
                      const key = field.key.join('.');
                      return { label: t('merge.flowChoice', { field: fieldLabel(field.key, profile, undefined, locale, t) }), value: choices.flow?.[key] ?? defaultSide(field.changedOn), onChange: (side) => setFlow(key, side) };
                    }}
                  />
                </li>
              )}
              {steps.map(stepItem)}
              {connections.map(connectionItem)}
            </ul>
          </section>
        );
      })}
    </div>
  );
}
