import { findStepType } from '../catalog/registry';
import { fieldLabels } from '../catalog/required-fields';
import type { StepType } from '../catalog/types';
import type { Diagnostic } from '../format/diagnostic';
import { refKindSchema, walkRefs } from '../format/entity-ref';
import type { JsonPath, RefKind, RefLike } from '../format/entity-ref';
import type { Flow } from '../format/flow-schema';
import type { Profile } from '../format/profiles';
import { diagnostic, formatPath, paramInEveryLanguage } from '../validation/messages';
import type { DiagnosticParams } from '../validation/messages';
import type { ReferencePlan, RefTarget } from './import-plan';
import { importPolicyFor } from './ref-policy';
import { kindWords, resolveEntity, resolveFlow } from './ref-resolution';
import type { FlowLookup, Resolution } from './ref-resolution';
import type { TenantIndex } from './tenant-index';

export interface MappingContext {
  profile: Profile;
  tenant: TenantIndex;
  flows: FlowLookup;
  /** Tenant entity ids the admin chose for this flow's references, by `JSON.stringify(path)`. */
  choices: ReadonlyMap<string, string>;
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
}

/**
 * Resolves every reference of `flow` against the tenant and rewrites `flow` in place to
 * what would be imported: linked and reused references point at the tenant's entity,
 * created ones carry only their name, placeholders are empty references, removed ones are
 * gone, except where a step requires the field: it keeps an empty reference, listed to configure.
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
    }
    found.push(entry);
  });

  const out: MappedReferences = { references: [], diagnostics: [], dependsOn: [] };
  const used = new Set<string>();
  const removals: Found[] = [];
  for (const entry of found) {
    const key = JSON.stringify(entry.path);
    const chosen = context.choices.get(key);
    if (chosen !== undefined) used.add(key);
    const resolution = (chosen !== undefined && choose(entry, chosen, context, flow, out)) || resolve(entry, context, flow);
    if (resolution.packFlowId !== undefined) out.dependsOn.push(resolution.packFlowId);
    record(entry, resolution, chosen !== undefined && resolution.outcome === 'linked', flow, out);
    if (resolution.outcome === 'removed') removals.push(entry);
    else rewrite(entry.ref, resolution);
  }
  // Last first, so removing an array element never shifts one still to remove.
  for (const entry of removals.reverse()) {
    // A required field keeps an empty reference: the draft asks for a choice there, so the plan lists it to configure.
    if (remove(flow, entry) === 'emptied') out.diagnostics.push(diagnostic('error', 'REF_PLACEHOLDER', { ...fieldParams(entry), kind: entry.ref.$ref }, target(flow, entry)));
  }
  for (const [key, entityId] of context.choices) {
    if (used.has(key)) continue;
    const detail = `no reference at ${formatPath(JSON.parse(key) as JsonPath)} to map to "${entityId}"`;
    out.diagnostics.push(diagnostic('error', 'IMPORT_DECISION_INVALID', { detail }, { flowId: flow.id, path: JSON.parse(key) as JsonPath }));
  }
  return out;
}

function resolve(entry: Found, context: MappingContext, flow: Flow): Resolution {
  const configPath = entry.path[2] === 'config' ? entry.path.slice(3) : undefined;
  const policy = importPolicyFor(context.profile, entry.ref.$ref, entry.step, configPath);
  if (entry.ref.$ref === 'flow') return resolveFlow(policy, entry.ref, context.flows);
  return resolveEntity(policy, entry.ref, context.tenant, entry.ref.$ref === 'customField' ? declaredType(flow, entry.ref) : undefined);
}

/** The admin's choice, when it names an entity of the reference's kind; otherwise an error and the normal rules. */
function choose(entry: Found, entityId: string, context: MappingContext, flow: Flow, out: MappedReferences): Resolution | undefined {
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
  out.diagnostics.push(diagnostic('error', 'IMPORT_DECISION_INVALID', { detail }, target(flow, entry)));
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
  const what = `${kindWords(kind)}${sourceName === undefined ? '' : ` "${sourceName}"`}`;
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
      message = `Choose a ${kindWords(kind)}: ${resolution.reason ? `the ${what} ${resolution.reason}` : 'none is set'}.`;
      out.diagnostics.push(diagnostic('error', 'REF_PLACEHOLDER', { ...field, kind }, where));
      break;
    case 'removed':
      message = `Removed: the ${what} ${resolution.reason ?? NOT_GIVEN}.`;
      out.diagnostics.push(diagnostic('warning', 'REF_REMOVED', { ...field, what, reason: resolution.reason ?? NOT_GIVEN }, where));
      break;
  }
  const plan: ReferencePlan = { flowId: flow.id, path: entry.path, kind, outcome: resolution.outcome, message };
  if (where.nodeId !== undefined) plan.nodeId = where.nodeId;
  if (sourceName !== undefined) plan.sourceName = sourceName;
  if (resolution.target) plan.target = resolution.target;
  out.references.push(plan);
}

/** The field as the step's form names it, in every language, where the step type knows it; else its path. */
function fieldParams(entry: Found): DiagnosticParams {
  const configPath = entry.path[2] === 'config' ? entry.path.slice(3) : undefined;
  const labels = entry.step && configPath ? fieldLabels(entry.step.config, configPath) : undefined;
  return labels ? paramInEveryLanguage('field', labels) : { field: formatPath(configPath ?? entry.path) };
}

const NOT_GIVEN = 'is not carried over';

/** Makes the reference object what the tenant will store; only `$ref`, `id`, `uuid` and `name` are reference fields. */
function rewrite(ref: RefLike, resolution: Resolution): void {
  for (const key of ['id', 'uuid', 'name']) delete ref[key];
  const target = resolution.target;
  if (!target || resolution.outcome === 'placeholder') return;
  if (resolution.outcome !== 'created' && target.id !== undefined) ref.id = target.id;
  if (target.uuid !== undefined) ref.uuid = target.uuid;
  ref.name = target.name;
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
