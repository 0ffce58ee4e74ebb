import { findStepType } from '../catalog/registry';
import type { StepType } from '../catalog/types';
import type { Diagnostic } from '../format/diagnostic';
import { refKindSchema, walkRefs } from '../format/entity-ref';
import type { JsonPath, RefKind, RefLike } from '../format/entity-ref';
import type { Flow } from '../format/flow-schema';
import type { Profile } from '../format/profiles';
import { LOCALES } from '../catalog/labels';
import type { Locale } from '../catalog/labels';
import { copyJson } from '../json/copy-json';
import { diagnostic, formatPath, kindParam, paramInEveryLanguage } from '../validation/messages';
import { bindingLookupKey } from './import-decisions';
import type { ReferenceBindingKey, ReferenceDecision } from './import-decisions';
import type { DiagnosticParams } from '../validation/messages';
import type { ReferencePlan, RefTarget } from './import-plan';
import { deployPolicy, importPolicyFor } from './ref-policy';
import { kindWords } from '../catalog/kind-labels';
import { resolveEntity, resolveFlow } from './ref-resolution';
import type { FlowLookup, Resolution } from './ref-resolution';
import type { TenantIndex } from './tenant-index';
import { KEPT_MESSAGE, keptTarget } from './tenant-held-values';
import type { TenantHeldValues } from './tenant-held-values';
import { referenceFieldParams, referenceWhat } from './unresolved-refs';

export interface MappingContext {
  profile: Profile;
  tenant: TenantIndex;
  flows: FlowLookup;
  /** The admin's choices for this flow's references, by path or by binding key. */
  choices: readonly ReferenceDecision[];
  /**
   * A deploy (workspace flows pushed as they are) rather than a shared pack: references are
   * planned with {@link deployPolicy}, and `held` keeps the tenant's values of a flow it updates.
   */
  deploy?: { held?: TenantHeldValues | undefined } | undefined;
}

export interface MappedReferences {
  references: ReferencePlan[];
  diagnostics: Diagnostic[];
  /** Ids (in the pack) of the pack flows this flow uses: they are imported first. */
  dependsOn: string[];
}

interface Found {
  ref: RefLike & { $ref: RefKind };
  path: JsonPath;
  nodeIndex?: number;
  step?: StepType;
  /** Where the reference is in words that survive edits; only references inside a step's config have one. */
  binding?: ReferenceBindingKey;
}

/**
 * Resolves every reference of `flow` against the tenant and rewrites `flow` in place to
 * what would be imported: linked and reused references point at the tenant's entity,
 * created ones carry only their name, unresolved ones their UUID and name, placeholders are
 * empty references, removed ones are gone, except where a step requires the field: it keeps an
 * empty reference, listed to configure. (What an unresolved reference leaves to configure is
 * found over the whole imported document: `unresolvedReferences`.)
 * Pass a copy: the argument is changed.
 */
export function mapReferences(flow: Flow, context: MappingContext): MappedReferences {
  const found: Found[] = [];
  walkRefs(flow, (ref, path) => {
    // Objects whose "$ref" names no known kind are not references: left as they are, like any unknown data.
    if (!refKindSchema.safeParse(ref.$ref).success) return;
    const entry: Found = { ref: ref as Found['ref'], path };
    if (path[0] === 'nodes' && typeof path[1] === 'number') {
      entry.nodeIndex = path[1];
      entry.step = findStepType(context.profile, flow.nodes[path[1]]!.type);
      if (path[2] === 'config' && path.length > 3) entry.binding = bindingKey(flow.nodes[path[1]]!.id, path.slice(3), ref);
    }
    found.push(entry);
  });

  const out: MappedReferences = { references: [], diagnostics: [], dependsOn: [] };
  const choices = indexChoices(context.choices);
  const used = new Set<ReferenceDecision>();
  const removals: Found[] = [];
  for (const entry of found) {
    const decision = choices.byPath.get(JSON.stringify(entry.path)) ?? (entry.binding && choices.byBinding.get(bindingLookupKey(entry.binding)));
    if (decision) used.add(decision);
    let resolution = (decision && choose(entry, decision, context, flow, out)) || resolve(entry, context, flow);
    // A deploy never blanks what the tenant holds: where the file would leave the reference
    // empty (a placeholder, or an entity the tenant does not have), the tenant's own stays.
    const unmatched = resolution.outcome === 'placeholder' || resolution.outcome === 'removed' || resolution.outcome === 'unresolved';
    const held = unmatched ? context.deploy?.held?.reference(flow, entry.path, entry.ref.$ref) : undefined;
    if (held) resolution = { outcome: 'kept', target: keptTarget(held) };
    if (resolution.packFlowId !== undefined) out.dependsOn.push(resolution.packFlowId);
    record(entry, resolution, decision !== undefined && resolution.outcome === 'linked', flow, out);
    if (resolution.outcome === 'removed') removals.push(entry);
    else if (held) replaceWith(entry.ref, held);
    else rewrite(entry.ref, resolution);
  }
  const before = summariesOf(flow, removals);
  // Last first, so removing an array element never shifts one still to remove.
  for (const entry of removals.reverse()) {
    // A required field keeps an empty reference: the draft asks for a choice there, so the plan lists it to configure.
    if (remove(flow, entry) === 'emptied') out.diagnostics.push(diagnostic('error', 'REF_PLACEHOLDER', { ...fieldParams(entry), kind: entry.ref.$ref }, target(flow, entry)));
  }
  out.diagnostics.push(...changedSteps(flow, before));
  for (const decision of context.choices) if (!used.has(decision)) out.diagnostics.push(unusedChoice(decision, flow));
  return out;
}

/** The choices by path, then by binding key; the first of two for one place wins, as a map keeps it. */
function indexChoices(choices: readonly ReferenceDecision[]) {
  const byPath = new Map<string, ReferenceDecision>();
  const byBinding = new Map<string, ReferenceDecision>();
  for (const choice of choices) {
    if ('path' in choice) {
      const key = JSON.stringify(choice.path);
      if (!byPath.has(key)) byPath.set(key, choice);
    } else {
      const key = bindingLookupKey(choice);
      if (!byBinding.has(key)) byBinding.set(key, choice);
    }
  }
  return { byPath, byBinding };
}

/**
 * A choice with nothing to apply to. One by path was made for this plan, so it is an error;
 * a binding was kept from an earlier push and the flow has changed since (the step or its
 * reference is gone), so it is shown for the admin to review, not a reason to stop.
 */
function unusedChoice(choice: ReferenceDecision, flow: Flow): Diagnostic {
  if ('path' in choice) {
    const detail = `no reference at ${formatPath(choice.path)} to map to "${choice.entityId}"`;
    return diagnostic('error', 'IMPORT_DECISION_INVALID', { detail }, { flowId: flow.id, path: choice.path });
  }
  const source = choice.source === undefined ? '' : ` "${choice.source}"`;
  const detail = `the saved choice of "${choice.entityId}" for${source} ${choice.field} of step "${choice.nodeId}" no longer applies: the flow has no such reference now`;
  const node = flow.nodes.find((candidate) => candidate.id === choice.nodeId);
  return diagnostic('warning', 'IMPORT_DECISION_INVALID', { detail }, node ? { flowId: flow.id, nodeId: node.id } : { flowId: flow.id });
}

/** The binding key of a reference at `configPath` of step `nodeId`: list positions become `[]`, the reference's identity tells elements apart. */
function bindingKey(nodeId: string, configPath: JsonPath, ref: RefLike): ReferenceBindingKey {
  let field = '';
  for (const segment of configPath) field += typeof segment === 'number' ? '[]' : `${field === '' ? '' : '.'}${segment}`;
  const identity = [ref.uuid, ref.id, ref.name].find((value): value is string => typeof value === 'string' && value !== '');
  return identity === undefined ? { nodeId, field } : { nodeId, field, source: identity };
}

function resolve(entry: Found, context: MappingContext, flow: Flow): Resolution {
  const configPath = entry.path[2] === 'config' ? entry.path.slice(3) : undefined;
  const shared = importPolicyFor(context.profile, entry.ref.$ref, entry.step, configPath);
  const policy = context.deploy ? deployPolicy(shared) : shared;
  if (entry.ref.$ref === 'flow') return resolveFlow(policy, entry.ref, context.flows);
  return resolveEntity(policy, entry.ref, context.tenant, entry.ref.$ref === 'customField' ? declaredType(flow, entry.ref) : undefined);
}

/**
 * The admin's choice, when it names an entity of the reference's kind; otherwise the normal
 * rules, with an error for a choice made for this plan and a warning for a saved binding (the
 * entity was deleted on the tenant since).
 */
function choose(entry: Found, decision: ReferenceDecision, context: MappingContext, flow: Flow, out: MappedReferences): Resolution | undefined {
  const entityId = decision.entityId;
  if (entry.ref.$ref === 'flow') {
    const existing = context.flows.tenantFlow(entityId);
    if (existing) return { outcome: 'linked', target: { id: existing.id, name: existing.name } };
  } else {
    const entity = context.tenant.entities(entry.ref.$ref).byId.get(entityId);
    if (entity) {
      const target: RefTarget = { id: entity.id, name: entity.name };
      if (entity.uuid !== undefined) target.uuid = entity.uuid;
      return { outcome: 'linked', target };
    }
  }
  const detail = `the tenant has no ${kindWords(entry.ref.$ref)} with id "${entityId}" for ${formatPath(entry.path)}`;
  out.diagnostics.push(diagnostic('path' in decision ? 'error' : 'warning', 'IMPORT_DECISION_INVALID', { detail }, target(flow, entry)));
  return undefined;
}

/** Custom fields created on import take the type the flow declares for them. */
function declaredType(flow: Flow, ref: RefLike): string {
  const declared = flow.entities.customFields.find((field) => field.key === ref.id || field.name === ref.name);
  return declared?.type ?? 'text';
}

function target(flow: Flow, entry: Found): { flowId: string; nodeId?: string; path: JsonPath } {
  const node = entry.nodeIndex === undefined ? undefined : flow.nodes[entry.nodeIndex];
  return node ? { flowId: flow.id, nodeId: node.id, path: entry.path } : { flowId: flow.id, path: entry.path };
}

function record(entry: Found, resolution: Resolution, byChoice: boolean, flow: Flow, out: MappedReferences): void {
  const kind = entry.ref.$ref;
  const sourceName = typeof entry.ref.name === 'string' ? entry.ref.name : undefined;
  const where = target(flow, entry);
  const field = fieldParams(entry);
  const what = referenceWhat(kind, entry.ref);
  const name = resolution.target?.name ?? '';
  let message: string;
  switch (resolution.outcome) {
    case 'linked':
      message = byChoice
        ? `Linked to ${kindWords(kind)} "${name}", as chosen.`
        : resolution.target?.inPack
          ? `Linked to flow "${name}", imported with this pack.`
          : `Linked to ${kindWords(kind)} "${name}" of the tenant.`;
      break;
    case 'reused':
      message = `Uses the tenant's ${kindWords(kind)} "${name}" (same name).`;
      break;
    case 'created':
      message = `Creates ${kindWords(kind)} "${name}".`;
      break;
    case 'placeholder':
      message = resolution.suggestion
        ? proposal(kind, identifierOf(entry.ref), resolution.suggestion)
        : `Choose a ${kindWords(kind)}: ${resolution.reason ? `the ${what} ${resolution.reason}` : 'none is set'}.`;
      out.diagnostics.push(diagnostic('error', 'REF_PLACEHOLDER', { ...field, ...kindParam(kind) }, where));
      break;
    case 'unresolved':
      message = `Keeps the UUID ${resolution.target!.uuid!}, to configure: the tenant has no ${what} with it yet; create it there or choose another.${resolution.suggestion ? ` ${proposal(kind, 'UUID', resolution.suggestion)}` : ''}`;
      break;
    case 'kept':
      message = KEPT_MESSAGE(kind, name);
      break;
    case 'removed':
      message = `Removed: the ${what} ${resolution.reason ?? NOT_GIVEN}.${resolution.suggestion ? ` ${proposal(kind, identifierOf(entry.ref), resolution.suggestion)}` : ''}`;
      out.diagnostics.push(diagnostic('warning', 'REF_REMOVED', { ...field, what, reason: resolution.reason ?? NOT_GIVEN }, where));
      break;
  }
  const plan: ReferencePlan = { flowId: flow.id, path: entry.path, kind, outcome: resolution.outcome, message };
  if (where.nodeId !== undefined) plan.nodeId = where.nodeId;
  if (sourceName !== undefined) plan.sourceName = sourceName;
  if (resolution.target) plan.target = resolution.target;
  if (resolution.suggestion) plan.suggestion = resolution.suggestion;
  if (entry.binding) plan.binding = entry.binding;
  out.references.push(plan);
}

/** The same-name entity proposed for a reference whose identifier (its UUID where it has no id) the tenant lacks. */
const proposal = (kind: RefKind, identifier: 'id' | 'UUID', suggestion: RefTarget) => `No ${kindWords(kind)} with this ${identifier}; "${suggestion.name}" exists: map to it?`;

/** Which identifier of a reference the tenant was asked for: its id, or its UUID when it has no id. */
const identifierOf = (ref: RefLike): 'id' | 'UUID' => (ref.id === undefined && ref.uuid !== undefined ? 'UUID' : 'id');

type Summaries = Record<Locale, string>;

/** Each step's summary in every language, for the steps that lose a reference, before they lose it. */
function summariesOf(flow: Flow, removals: readonly Found[]): Map<number, { step: StepType; texts: Summaries }> {
  const summaries = new Map<number, { step: StepType; texts: Summaries }>();
  for (const entry of removals) {
    if (entry.nodeIndex === undefined || summaries.has(entry.nodeIndex) || !entry.step?.summary) continue;
    summaries.set(entry.nodeIndex, { step: entry.step, texts: summarise(entry.step, flow.nodes[entry.nodeIndex]!.config) });
  }
  return summaries;
}

function summarise(step: StepType, config: Record<string, unknown>): Summaries {
  return Object.fromEntries(LOCALES.map((locale) => [locale, step.summary!(config, locale)])) as Summaries;
}

/**
 * A removal can change what a step does, not only what it holds: a trigger limited to one
 * channel fires on every channel once the channel is gone. The step's own summary says what
 * it does, so a summary that reads differently after the removals is reported, with both
 * readings, for the admin to review before importing.
 */
function changedSteps(flow: Flow, before: ReturnType<typeof summariesOf>): Diagnostic[] {
  const found: Diagnostic[] = [];
  for (const [nodeIndex, was] of before) {
    const node = flow.nodes[nodeIndex]!;
    const now = summarise(was.step, node.config);
    if (now.en === was.texts.en) continue;
    const params = { step: node.name || node.id, ...paramInEveryLanguage('before', was.texts), ...paramInEveryLanguage('after', now) };
    found.push(diagnostic('warning', 'REF_REMOVED_CHANGES_STEP', params, { flowId: flow.id, nodeId: node.id, path: ['nodes', nodeIndex, 'config'] }));
  }
  return found;
}

/** The field as the step's form names it, in every language, where the step type knows it; else its path. */
function fieldParams(entry: Found): DiagnosticParams {
  return referenceFieldParams(entry.step, entry.path[2] === 'config' ? entry.path.slice(3) : undefined, entry.path);
}

const NOT_GIVEN = 'is not carried over';

/** Makes the reference object what the tenant will store; only `$ref`, `id`, `uuid` and `name` are reference fields. */
function rewrite(ref: RefLike, resolution: Resolution): void {
  for (const key of ['id', 'uuid', 'name']) delete ref[key];
  const target = resolution.target;
  if (!target || resolution.outcome === 'placeholder') return;
  if (resolution.outcome === 'unresolved') {
    // The UUID is the entity's in every tenant; the source tenant's own id is not, so it goes.
    ref.uuid = target.uuid;
    if (target.name !== '') ref.name = target.name;
    return;
  }
  if (resolution.outcome !== 'created' && target.id !== undefined) ref.id = target.id;
  if (target.uuid !== undefined) ref.uuid = target.uuid;
  ref.name = target.name;
}

/** Makes the reference the tenant's own, as its current document holds it. */
function replaceWith(ref: RefLike, held: RefLike): void {
  for (const key of Object.keys(ref)) delete ref[key];
  Object.assign(ref, copyJson(held));
}

/**
 * Takes a removed reference out of the document: out of its list, or out of its object
 * when the step's config stays valid without it; a field the step requires keeps an empty
 * reference instead, so the imported step asks for a choice rather than breaking its schema.
 */
function remove(flow: Flow, entry: Found): 'removed' | 'emptied' {
  const key = entry.path[entry.path.length - 1]!;
  let parent: unknown = flow;
  for (const segment of entry.path.slice(0, -1)) parent = (parent as Record<string | number, unknown>)[segment];
  if (Array.isArray(parent) && typeof key === 'number') {
    parent.splice(key, 1);
    return 'removed';
  }
  const holder = parent as Record<string, unknown>;
  delete holder[key];
  if (entry.nodeIndex === undefined || !entry.step || entry.path[2] !== 'config') return 'removed';
  if (canOmit(entry.step, entry.path.slice(3), flow.nodes[entry.nodeIndex]!.config)) return 'removed';
  holder[key] = { $ref: entry.ref.$ref };
  return 'emptied';
}

/** Per step type and field pattern (`channels.*`), whether the config stays valid without the field. */
const omittable = new WeakMap<StepType, Map<string, boolean>>();

/**
 * Whether a step's config may lack the field: asked of the schema once per step type and
 * field (with list positions generalised), since parsing a config per removed reference
 * would dominate planning a large pack.
 */
function canOmit(step: StepType, configPath: JsonPath, configWithout: Record<string, unknown>): boolean {
  let known = omittable.get(step);
  if (!known) omittable.set(step, (known = new Map()));
  const pattern = configPath.map((segment) => (typeof segment === 'number' ? '*' : segment)).join('.');
  let answer = known.get(pattern);
  if (answer === undefined) {
    answer = step.config.safeParse(configWithout).success;
    known.set(pattern, answer);
  }
  return answer;
}
