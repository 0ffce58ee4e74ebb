import type { Diagnostic } from '../format/diagnostic';
import { hasRefusingErrors } from '../format/diagnostic-class';
import type { Flow } from '../format/flow-schema';
import { loadFlow } from '../format/load-flow';
import type { Pack } from '../pack/pack-schema';
import type { FlowSummary } from '../validation/flow-references';
import { diagnostic } from '../validation/messages';
import { applyArrivalRules } from './arrival-rules';
import type { CatalogFlow, CatalogSnapshot } from './catalog-snapshot';
import { copyJson } from '../json/copy-json';
import { chooseAction } from './flow-actions';
import { importDecisionsSchema } from './import-decisions';
import type { FlowDecision, ImportDecisions, ReferenceDecision } from './import-decisions';
import { orderByDependencies } from './import-order';
import type { FlowPlan, ImportPlan, ReferencePlan } from './import-plan';
import { mapReferences } from './map-references';
import { summarisePlan } from './plan-summary';
import { indexTenant } from './tenant-index';
import { checkFileLimits, checkFlowCount, effectiveLimits } from './tenant-limits';

/** Validator findings the plan states itself, against the tenant rather than the pack. */
const RESTATED = new Set(['REF_PLACEHOLDER', 'LIMIT_STEPS', 'LIMIT_SIZE']);

interface Loaded {
  plan: FlowPlan;
  flow?: Flow;
  /** Findings from loading the flow, kept only if it is imported. */
  loadDiagnostics: Diagnostic[];
  dependsOn: string[];
}

/**
 * Plans importing `pack` into the tenant `catalog` describes, without touching it: per flow
 * the action (create, update, copy, skip) and the document that would be imported, per
 * reference what happens to it (linked, reused, created, placeholder, removed), the
 * tenant's limits, and the order that puts flows before the flows that use them.
 *
 * @remarks Pure and deterministic: the same inputs give a deep-equal plan (a copy without a
 * chosen id gets one derived from the flow and tenant ids), so it runs offline against a
 * cached snapshot and again on the server. The plan can be applied when `summary.errors` is 0:
 * findings to configure (placeholders, empty required fields, loops) travel with the drafts.
 */
export function planImport(pack: Pack, catalog: CatalogSnapshot, decisions: ImportDecisions = {}): ImportPlan {
  const diagnostics: Diagnostic[] = [];
  const tenant = catalog.tenant;
  const parsedDecisions = importDecisionsSchema.safeParse(decisions);
  if (!parsedDecisions.success) {
    const detail = `the decisions are not well-formed (${parsedDecisions.error.issues[0]?.message ?? 'invalid'}) and were ignored`;
    diagnostics.push(diagnostic('error', 'IMPORT_DECISION_INVALID', { detail }, {}));
  }
  const chosen = parsedDecisions.success ? parsedDecisions.data : { flows: {}, references: [] };
  if (pack.manifest.profile !== tenant.profile) {
    diagnostics.push(diagnostic('error', 'IMPORT_PROFILE_MISMATCH', { pack: pack.manifest.profile, tenant: tenant.profile }, {}));
  }

  const tenantFlows = new Map<string, CatalogFlow>(catalog.flows.map((flow) => [flow.id, flow]));
  const flowDecisions = new Map<string, FlowDecision>(Object.entries(chosen.flows));
  const loaded = loadFlows(pack, catalog, tenantFlows);
  const takenIds = new Set<string>([...tenantFlows.keys(), ...loaded.map((entry) => entry.plan.flowId)]);
  for (const entry of loaded) {
    if (!entry.flow) continue;
    const action = chooseAction(entry.flow, tenantFlows.get(entry.flow.id), flowDecisions.get(entry.flow.id), tenant.id, takenIds);
    Object.assign(entry.plan, { action: action.action, targetId: action.targetId });
    if (action.replaces) entry.plan.replaces = action.replaces;
    entry.plan.diagnostics.push(...action.diagnostics);
    if (action.action === 'copy') takenIds.add(action.targetId);
  }

  const imported = new Map(loaded.filter((entry) => entry.flow && entry.plan.action !== 'skip').map((entry) => [entry.plan.flowId, entry.plan]));
  const lookup = { packFlow: (id: string) => imported.get(id), tenantFlow: (id: string) => tenantFlows.get(id) };
  const index = indexTenant(catalog);
  const limits = effectiveLimits(tenant.profile, tenant.limits);
  for (const entry of loaded) {
    if (!entry.flow || entry.plan.action === 'skip') continue;
    const document = copyJson(entry.flow);
    const choices = new Map(chosen.references.filter((choice) => choice.flowId === entry.plan.flowId).map((choice) => [JSON.stringify(choice.path), choice.entityId]));
    const mapped = mapReferences(document, { profile: tenant.profile, tenant: index, flows: lookup, choices });
    // After mapping, so the references these rules drop (an email's sender) are still listed as removed.
    const blocked = applyArrivalRules(document);
    document.id = entry.plan.targetId;
    entry.plan.document = document;
    entry.plan.references = [...mapped.references, ...metricField(document, entry.plan.flowId)];
    entry.dependsOn = mapped.dependsOn;
    entry.plan.diagnostics.push(...entry.loadDiagnostics, ...blocked, ...mapped.diagnostics, ...checkFileLimits(document, limits));
  }
  diagnostics.push(...strayDecisions(chosen.flows, chosen.references, new Set(loaded.map((entry) => entry.plan.flowId))));

  const { order, diagnostics: cycles } = orderByDependencies(loaded.map((entry) => ({ id: entry.plan.flowId, name: entry.plan.name, dependsOn: entry.dependsOn })));
  for (const cycle of cycles) loaded.find((entry) => entry.plan.flowId === cycle.flowId)?.plan.diagnostics.push(cycle);
  const flows = order.map((position) => loaded[position]!.plan);
  const added = flows.filter((flow) => flow.action === 'create' || flow.action === 'copy').length;
  diagnostics.push(...checkFlowCount(tenant.profile, catalog.flows.length, added, limits));

  return {
    packName: pack.manifest.name,
    profile: pack.manifest.profile,
    tenant: { id: tenant.id, name: tenant.name, profile: tenant.profile },
    flows,
    diagnostics,
    summary: summarisePlan(flows, diagnostics),
  };
}

/**
 * Loads each pack flow (migrated and validated, with the pack's and the tenant's flows as
 * context for checks across flows). Flows that do not load, repeat an id, or belong to
 * another profile than the tenant's are skipped with the reason.
 */
function loadFlows(pack: Pack, catalog: CatalogSnapshot, tenantFlows: ReadonlyMap<string, CatalogFlow>): Loaded[] {
  const context = new Map<string, FlowSummary>();
  for (const flow of tenantFlows.values()) context.set(flow.id, { id: flow.id, name: flow.name, profile: catalog.tenant.profile, kind: flow.kind });
  for (const raw of pack.flows) {
    const { id, name, profile, kind } = raw as Partial<FlowSummary>;
    if (typeof id === 'string' && profile !== undefined && kind !== undefined) context.set(id, { id, name: typeof name === 'string' ? name : id, profile, kind });
  }
  const seen = new Set<string>();
  return pack.flows.map((raw, position) => {
    const result = loadFlow(raw, { flows: context });
    const flowId = typeof raw.id === 'string' ? raw.id : `#${position + 1}`;
    const plan: FlowPlan = {
      flowId,
      targetId: flowId,
      name: typeof raw.name === 'string' && raw.name !== '' ? raw.name : flowId,
      action: 'skip',
      status: 'draft',
      references: [],
      diagnostics: [],
    };
    const entry: Loaded = { plan, loadDiagnostics: [], dependsOn: [] };
    const flow = result.flow;
    if (!flow) {
      const errors = result.diagnostics.filter((d) => d.severity === 'error');
      plan.diagnostics.push(...errors);
      // A flow that is not even structurally one is skipped: that refuses the import, whatever its other findings say.
      if (!hasRefusingErrors(errors)) plan.diagnostics.push(diagnostic('error', 'FORMAT_INVALID', { where: `flows[${position}]`, detail: 'not a flow document' }, { flowId }));
      return entry;
    }
    plan.kind = flow.kind;
    if (seen.has(flow.id)) {
      plan.diagnostics.push(diagnostic('error', 'ID_DUPLICATE', { id: flow.id, element: 'flow of the pack' }, { flowId: flow.id, path: ['id'] }));
      return entry;
    }
    seen.add(flow.id);
    if (flow.profile !== catalog.tenant.profile) {
      plan.diagnostics.push(diagnostic('error', 'IMPORT_PROFILE_MISMATCH', { pack: flow.profile, tenant: catalog.tenant.profile }, { flowId: flow.id, path: ['profile'] }));
      return entry;
    }
    entry.flow = flow;
    entry.loadDiagnostics = result.diagnostics.filter((d) => !RESTATED.has(d.code));
    return entry;
  });
}

/** A pipeline flow's metric is recreated as a custom field linked to the flow. */
function metricField(document: Flow, flowId: string): ReferencePlan[] {
  const metric = document.entities.metric;
  if (!metric) return [];
  return [
    {
      flowId,
      path: ['entities', 'metric'],
      kind: 'customField',
      outcome: 'created',
      sourceName: metric.name,
      target: { name: metric.name, type: metric.type },
      message: `Creates the metric field "${metric.name}", linked to this flow.`,
    },
  ];
}

/** Decisions about flows the pack does not have are mistakes worth saying, not silently ignored. */
function strayDecisions(flows: Record<string, FlowDecision>, references: readonly ReferenceDecision[], packIds: ReadonlySet<string>): Diagnostic[] {
  const stray = [...new Set([...Object.keys(flows), ...references.map((choice) => choice.flowId)])].filter((id) => !packIds.has(id));
  return stray.sort().map((id) => diagnostic('error', 'IMPORT_DECISION_INVALID', { detail: `the pack has no flow with id "${id}"` }, {}));
}
