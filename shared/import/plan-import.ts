import { copyName } from '../format/copy-name';
import type { Diagnostic } from '../format/diagnostic';
import { hasRefusingErrors } from '../format/diagnostic-class';
import type { Flow } from '../format/flow-schema';
import { loadFlow } from '../validation/load-flow';
import { metricFieldType } from '../pack/export/pack-entities';
import type { Pack } from '../pack/pack-schema';
import type { FlowSummary } from '../validation/flow-references';
import { diagnostic } from '../validation/messages';
import { applyArrivalRules } from './arrival-rules';
import type { CatalogFlow, CatalogSnapshot } from './catalog-snapshot';
import { copyJson } from '../json/copy-json';
import { chooseAction, updateTargetOf } from './flow-actions';
import { importDecisionsSchema } from './import-decisions';
import type { FlowDecision, ImportDecisions, ReferenceDecision } from './import-decisions';
import { orderByDependencies } from './import-order';
import type { FlowPlan, ImportPlan, ReferencePlan } from './import-plan';
import { mapReferences } from './map-references';
import { targetOf } from './ref-resolution';
import { summarisePlan } from './plan-summary';
import { tenantHeldValues } from './tenant-held-values';
import { unresolvedReferences } from './unresolved-refs';
import { indexTenant } from './tenant-index';
import type { TenantIndex } from './tenant-index';
import { checkFileLimits, checkFlowCount, effectiveLimits } from './tenant-limits';

/** Validator findings the plan states itself, against the tenant rather than the pack. */
const RESTATED = new Set(['REF_PLACEHOLDER', 'LIMIT_STEPS', 'LIMIT_SIZE']);

/** How the pack came to be. */
export interface PlanOptions {
  /**
   * A deploy: workspace flows pushed as they are (never sanitised) by the organisation that
   * owns them, rather than a pack shared with another one. References are planned with the
   * deploy policies (nothing is dropped: linked, reused, created or a placeholder), the arrival
   * rules for shared packs do not apply, and for each flow the push updates, a value the
   * tenant's current document holds (`tenantFlows`, by flow id) and the file leaves empty is
   * kept. Without a flow's current document nothing of it can be kept, so the client's plan
   * may differ from the tenant's, which reads its own.
   */
  deploy?: { tenantFlows?: ReadonlyMap<string, Flow> | undefined } | undefined;
}

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
 * reference what happens to it (linked, reused, created, placeholder, unresolved, removed), the
 * tenant's limits, and the order that puts flows before the flows that use them.
 *
 * @remarks Pure and deterministic: the same inputs give a deep-equal plan (a copy without a
 * chosen id gets one derived from the flow and tenant ids), so it runs offline against a
 * cached snapshot and again on the server. The plan can be applied when `summary.errors` is 0:
 * findings to configure (placeholders, empty required fields, loops) travel with the drafts.
 * With `options.deploy` the pack is a deploy, planned as {@link PlanOptions.deploy} says.
 */
export function planImport(pack: Pack, catalog: CatalogSnapshot, decisions: ImportDecisions = {}, options: PlanOptions = {}): ImportPlan {
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
    const decision = flowDecisions.get(entry.flow.id);
    const action = chooseAction(entry.flow, tenantFlows.get(updateTargetOf(entry.flow.id, decision)), decision, tenant.id, takenIds);
    Object.assign(entry.plan, { action: action.action, targetId: action.targetId });
    if (action.replaces) entry.plan.replaces = action.replaces;
    entry.plan.diagnostics.push(...action.diagnostics);
    if (action.action === 'copy') takenIds.add(action.targetId);
  }

  const imported = new Map(loaded.filter((entry) => entry.flow && entry.plan.action !== 'skip').map((entry) => [entry.plan.flowId, entry.plan]));
  const lookup = { packFlow: (id: string) => imported.get(id), tenantFlow: (id: string) => tenantFlows.get(id) };
  const index = indexTenant(catalog);
  const limits = effectiveLimits(tenant.profile, tenant.limits);
  const takenNames = new Set<string>([...catalog.flows.map((flow) => flow.name), ...loaded.map((entry) => entry.plan.name)]);
  for (const entry of loaded) {
    if (!entry.flow || entry.plan.action === 'skip') continue;
    const document = copyJson(entry.flow);
    const choices = chosen.references.filter((choice) => choice.flowId === entry.plan.flowId);
    const current = options.deploy && entry.plan.action === 'update' ? options.deploy.tenantFlows?.get(entry.plan.targetId) : undefined;
    const held = current ? tenantHeldValues(current) : undefined;
    const mapped = mapReferences(document, { profile: tenant.profile, tenant: index, flows: lookup, choices, deploy: options.deploy && { held } });
    // After mapping, so the references these rules drop (an email's sender) are still listed as removed.
    const blocked = applyArrivalRules(document, { deploy: options.deploy !== undefined });
    const kept = held ? held.restoreAbsent(document, entry.plan.flowId) : [];
    const keptSecrets = held ? held.restoreSecrets(document) : [];
    // Over the document as the tenant would store it, as the tenant checks it at publish: a UUID
    // it lacks is to configure, whether the file named it or the tenant's own flow held it.
    const unresolved = unresolvedReferences(document, index);
    document.id = entry.plan.targetId;
    if (entry.plan.action === 'copy') {
      // Beside its original on the tenant, a copy is told apart by its name.
      document.name = copyName(document.name, takenNames);
      takenNames.add(document.name);
    } else if (entry.plan.action === 'update' && entry.plan.targetId !== entry.plan.flowId) {
      // An update of that copy keeps it told apart from another flow of the tenant with the file's name (its original).
      const others = new Set(catalog.flows.filter((flow) => flow.id !== entry.plan.targetId).map((flow) => flow.name));
      if (others.has(document.name)) document.name = copyName(document.name, others);
    }
    entry.plan.document = document;
    entry.plan.references = [...mapped.references, ...kept, ...metricField(document, entry.plan, index)];
    entry.dependsOn = mapped.dependsOn;
    entry.plan.diagnostics.push(...entry.loadDiagnostics, ...blocked, ...mapped.diagnostics, ...unresolved, ...keptSecrets, ...checkFileLimits(document, limits));
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

/**
 * A pipeline flow's metric is a custom field linked to the flow (pipeline-export.pt.txt): the
 * field the tenant already links to this flow under exactly this name is reused (a re-import
 * of the flow), otherwise one is created for it. Another flow's field of the same name is
 * never shared, so two flows with one metric name get a field each.
 */
function metricField(document: Flow, flow: FlowPlan, tenant: TenantIndex): ReferencePlan[] {
  const metric = document.entities.metric;
  if (!metric) return [];
  const plan: ReferencePlan = { flowId: flow.flowId, path: ['entities', 'metric'], kind: 'customField', outcome: 'created', sourceName: metric.name, message: '' };
  const own = tenant.entities('customField').linkedTo(flow.targetId, metric.name);
  if (own) {
    plan.outcome = 'reused';
    plan.target = targetOf(own);
    plan.message = `Uses this flow's metric field "${own.name}" of the tenant.`;
  } else {
    // The type of the field the tenant creates (a duration is held in a number field), not the metric's.
    plan.target = { name: metric.name, type: metricFieldType(metric.type) };
    plan.message = `Creates the metric field "${metric.name}", linked to this flow.`;
  }
  return [plan];
}

/** Decisions about flows the pack does not have are mistakes worth saying, not silently ignored. */
function strayDecisions(flows: Record<string, FlowDecision>, references: readonly ReferenceDecision[], packIds: ReadonlySet<string>): Diagnostic[] {
  const stray = [...new Set([...Object.keys(flows), ...references.map((choice) => choice.flowId)])].filter((id) => !packIds.has(id));
  return stray.sort().map((id) => diagnostic('error', 'IMPORT_DECISION_INVALID', { detail: `the pack has no flow with id "${id}"` }, {}));
}
