import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Diagnostic } from '../../../shared/format/diagnostic';
import { isToConfigure } from '../../../shared/format/diagnostic-class';
import type { CatalogSnapshot } from '../../../shared/import/catalog-snapshot';
import { bindingLookupKey } from '../../../shared/import/import-decisions';
import type { FlowAction, ImportDecisions, ReferenceDecision } from '../../../shared/import/import-decisions';
import type { FlowPlan, ImportPlan, ReferencePlan } from '../../../shared/import/import-plan';
import { formatPath } from '../../../shared/validation/messages';
import { useLocale } from '../i18n/locale';
import { diagnosticText } from '../problems/diagnostic-text';
import { pickerOptions, sortedEntities } from './picker-options';
import { offersStopFirst } from './stop-first';

/** Above this many entities of a kind, a "map to" picker gets a search box. */
const SEARCH_FROM = 30;

/** The decisions the preview edits: always both parts present. */
export interface PlanDecisions {
  flows: NonNullable<ImportDecisions['flows']>;
  references: ReferenceDecision[];
}

interface ImportPlanViewProps {
  plan: ImportPlan;
  /** The tenant's catalog, where the pickers find entities to map references to. */
  catalog: CatalogSnapshot;
  decisions: PlanDecisions;
  onDecisionsChange: (decisions: PlanDecisions) => void;
}

/**
 * An import plan as the admin reviews it: per flow the action (changeable), per reference
 * its outcome in colour (linked, reused and kept from the tenant green, created blue, removed
 * yellow, placeholder and unresolved red) with a picker mapping it to an existing entity of the same kind. Pure view over a
 * plan: the caller plans (offline against a snapshot file, or against a live tenant) and
 * plans again when the decisions change. Nothing here writes.
 */
export function ImportPlanView({ plan, catalog, decisions, onDecisionsChange }: ImportPlanViewProps) {
  const { t } = useTranslation();
  const { summary } = plan;
  // The copy an update replaces (the one the workspace is synchronised with) stays through changes of mind.
  const targetOf = (flowId: string) => {
    const targetId = decisions.flows[flowId]?.targetId;
    return targetId === undefined ? {} : { targetId };
  };
  const setAction = (flowId: string, action: FlowAction) => onDecisionsChange({ ...decisions, flows: { ...decisions.flows, [flowId]: { action, ...targetOf(flowId) } } });
  const setStopFirst = (flowId: string, stopFirst: boolean) =>
    onDecisionsChange({ ...decisions, flows: { ...decisions.flows, [flowId]: { action: 'update', ...targetOf(flowId), ...(stopFirst ? { stopFirst } : {}) } } });
  const mapReference = (ref: ReferencePlan, entityId: string) => {
    const others = decisions.references.filter((d) => !decides(d, ref));
    // By step and field where the reference has them, so the choice still fits after the flow is edited and can be saved for the next push.
    const decision: ReferenceDecision = ref.binding ? { flowId: ref.flowId, ...ref.binding, entityId } : { flowId: ref.flowId, path: ref.path, entityId };
    onDecisionsChange({ ...decisions, references: entityId === '' ? others : [...others, decision] });
  };

  return (
    <div className="plan-view">
      <p className="muted">
        {t('pack.previewSummary', {
          creates: summary.actions.create,
          updates: summary.actions.update,
          copies: summary.actions.copy,
          skips: summary.actions.skip,
          errors: summary.errors,
          toConfigure: summary.toConfigure,
          warnings: summary.warnings,
        })}
      </p>
      <DiagnosticList diagnostics={plan.diagnostics} />
      {plan.flows.map((flow) => (
        <FlowPlanSection key={flow.flowId} flow={flow} catalog={catalog} decisions={decisions} onAction={setAction} onStopFirst={setStopFirst} onMap={mapReference} />
      ))}
    </div>
  );
}

interface FlowPlanSectionProps {
  flow: FlowPlan;
  catalog: CatalogSnapshot;
  decisions: PlanDecisions;
  onAction: (flowId: string, action: FlowAction) => void;
  onStopFirst: (flowId: string, stopFirst: boolean) => void;
  onMap: (ref: ReferencePlan, entityId: string) => void;
}

function FlowPlanSection({ flow, catalog, decisions, onAction, onStopFirst, onMap }: FlowPlanSectionProps) {
  const { t } = useTranslation();
  const exists = catalog.flows.some((candidate) => candidate.id === flow.flowId);
  const needsStop = offersStopFirst(flow, catalog);
  const actions: FlowAction[] = exists ? ['update', 'copy', 'skip'] : ['create', 'copy', 'skip'];
  const open = flow.diagnostics.filter(isToConfigure).length;
  return (
    <section className="plan-flow" aria-label={flow.name}>
      <div className="plan-flow-head">
        <h3 className="pack-subtitle">{flow.name}</h3>
        {open > 0 && flow.action !== 'skip' && <span className="plan-to-configure">{t('pack.flowToConfigure', { count: open })}</span>}
        <select aria-label={t('pack.previewAction', { name: flow.name })} value={flow.action} onChange={(event) => onAction(flow.flowId, event.target.value as FlowAction)}>
          {actions.map((action) => (
            <option key={action} value={action}>
              {t(`pack.flowAction.${action}`)}
            </option>
          ))}
        </select>
      </div>
      {needsStop && (
        <label className="plan-stop-first">
          <input type="checkbox" checked={decisions.flows[flow.flowId]?.stopFirst === true} onChange={(event) => onStopFirst(flow.flowId, event.target.checked)} />{' '}
          {t('pack.stopFirst')}
        </label>
      )}
      <DiagnosticList diagnostics={flow.diagnostics} />
      {flow.action !== 'skip' &&
        (flow.references.length === 0 ? (
          <p className="muted">{t('pack.noRefs')}</p>
        ) : (
          <table className="pack-table">
            <caption className="visually-hidden">{t('pack.refs', { name: flow.name })}</caption>
            <thead>
              <tr>
                <th scope="col">{t('pack.colReference')}</th>
                <th scope="col">{t('pack.colOutcome')}</th>
                <th scope="col">{t('pack.colMapTo')}</th>
              </tr>
            </thead>
            <tbody>
              {flow.references.map((ref) => (
                <ReferenceRow key={formatPath(ref.path)} reference={ref} catalog={catalog} decisions={decisions} onMap={onMap} />
              ))}
            </tbody>
          </table>
        ))}
    </section>
  );
}

/** Whether `decision` is the admin's choice for `reference`: by its path, or by its step, field and source. */
function decides(decision: ReferenceDecision, reference: ReferencePlan): boolean {
  if (decision.flowId !== reference.flowId) return false;
  if ('path' in decision) return formatPath(decision.path) === formatPath(reference.path);
  const key = reference.binding;
  return key !== undefined && bindingLookupKey(decision) === bindingLookupKey(key);
}

/** Findings of the plan in the UI language, coloured by severity; errors to configure say so, since they do not stop the import. */
function DiagnosticList({ diagnostics }: { diagnostics: readonly Diagnostic[] }) {
  const { t } = useTranslation();
  const locale = useLocale();
  if (diagnostics.length === 0) return null;
  return (
    <ul className="plan-diagnostics">
      {diagnostics.map((d, index) => (
        <li key={index} className={isToConfigure(d) ? 'plan-diagnostic-toConfigure' : `plan-diagnostic-${d.severity}`}>
          {isToConfigure(d) && <strong>{t('pack.toConfigureLabel')} </strong>}
          {diagnosticText(d, t, locale)}
        </li>
      ))}
    </ul>
  );
}

function ReferenceRow({ reference, catalog, decisions, onMap }: { reference: ReferencePlan; catalog: CatalogSnapshot; decisions: PlanDecisions; onMap: FlowPlanSectionProps['onMap'] }) {
  const { t } = useTranslation();
  const entities = sortedEntities(catalog, reference.kind);
  const [query, setQuery] = useState('');
  const chosen = decisions.references.find((d) => decides(d, reference))?.entityId ?? '';
  const { listed, more } = useMemo(() => pickerOptions(entities, query, chosen), [entities, query, chosen]);
  const name = reference.sourceName ?? reference.target?.name ?? reference.kind;
  return (
    <tr>
      <td>
        <div>{name}</div>
        <div className="muted mono">{formatPath(reference.path)}</div>
      </td>
      <td>
        <span className={`plan-outcome plan-outcome-${reference.outcome}`}>{t(`pack.refOutcome.${reference.outcome}`)}</span>
        <div className="muted">{reference.message}</div>
      </td>
      <td>
        {entities.length > SEARCH_FROM && (
          <input
            type="search"
            className="plan-map-search"
            aria-label={t('pack.mapSearch', { kind: reference.kind, name })}
            placeholder={t('pack.mapSearchPlaceholder', { count: entities.length })}
            value={query}
            onChange={(event) => setQuery(event.target.value)}
          />
        )}
        <select aria-label={t('pack.mapTo', { kind: reference.kind, name })} value={chosen} onChange={(event) => onMap(reference, event.target.value)}>
          <option value="">{t('pack.mapNone')}</option>
          {listed.map((entity) => (
            <option key={entity.id} value={entity.id}>
              {entity.name}
            </option>
          ))}
        </select>
        {more > 0 && <div className="muted">{t('pack.mapMore', { count: more })}</div>}
        {reference.suggestion?.id !== undefined && chosen === '' && (
          <button type="button" className="plan-map-suggested" onClick={() => onMap(reference, reference.suggestion!.id!)}>
            {t('pack.mapSuggested', { name: reference.suggestion.name })}
          </button>
        )}
      </td>
    </tr>
  );
}


