import { z } from 'zod';
import { flowDecisionSchema, referenceBindingSchema } from './import-decisions';
import type { FlowDecision, ImportDecisions, ReferenceBinding, ReferenceDecision } from './import-decisions';
import type { FlowPlan, ReferencePlan } from './import-plan';

/** What saving needs of a plan, or of the tenant's report of it: each flow's references with their binding keys. */
export type PlannedFlow = Pick<FlowPlan, 'flowId'> & { references: readonly Pick<ReferencePlan, 'path' | 'binding'>[] };

export const BINDINGS_FORMAT = 'flowpack.bindings';
export const BINDINGS_VERSION = 1;

const tenantBindingsSchema = z
  .object({
    /** Flows the admin chose to import as a copy or to skip on this tenant, by the flow's id in the workspace. */
    flows: z.record(z.string().min(1), flowDecisionSchema).default({}),
    references: z.array(referenceBindingSchema).default([]),
  })
  .strict();

/**
 * `.flowpack/bindings.json`: per tenant (by its id), what the admin chose when pushing there
 * (map this placeholder to that queue, import that flow as a copy), so the next plan and push,
 * from the editor or the CLI, starts from the same choices. Keyed by flow id, step id and field,
 * never by positions in a list. Local state, never packed or uploaded.
 */
export const bindingsFileSchema = z
  .object({
    format: z.literal(BINDINGS_FORMAT),
    version: z.literal(BINDINGS_VERSION),
    tenants: z.record(z.string().min(1).max(200), tenantBindingsSchema),
  })
  .strict();
export type BindingsFile = z.infer<typeof bindingsFileSchema>;

export const emptyBindingsFile = (): BindingsFile => ({ format: BINDINGS_FORMAT, version: BINDINGS_VERSION, tenants: {} });

/** Only these flow choices last: `create` and `update` follow from what the tenant has at each push. */
const LASTING_ACTIONS = new Set<FlowDecision['action']>(['copy', 'skip']);

/**
 * The saved choices for pushing `flowIds` to `tenantId`, as decisions to plan with, with the
 * decisions given now (`given`) taking precedence over saved ones for the same flow or place,
 * and `synced` (shared/sync/synced-targets.ts: update the copy the workspace is synchronised
 * with) between the two: a copy once chosen and now made is updated, unless chosen otherwise now.
 * Choices about flows not pushed now are left out: they would be reported as choices about
 * flows the pack does not hold.
 */
export function decisionsWithBindings(
  file: BindingsFile,
  tenantId: string,
  flowIds: readonly string[],
  given: ImportDecisions = {},
  synced: Readonly<Record<string, FlowDecision>> = {},
): { flows: Record<string, FlowDecision>; references: ReferenceDecision[] } {
  const saved = file.tenants[tenantId] ?? { flows: {}, references: [] };
  const pushed = new Set(flowIds);
  const flows = Object.fromEntries(Object.entries(saved.flows).filter(([id]) => pushed.has(id)));
  // Given first: the planner takes the first choice for one place.
  const references = [...(given.references ?? []), ...saved.references.filter((binding) => pushed.has(binding.flowId))];
  return { flows: { ...flows, ...synced, ...given.flows }, references };
}

/**
 * A copy of `file` with the choices of an applied plan (its `flows`) saved for `tenantId`: each
 * reference mapped by hand (by path or by binding) as a binding, each copy or skip, replacing
 * what was saved for the flows of the plan and keeping what was saved for other flows.
 */
export function recordBindings(file: BindingsFile, tenantId: string, flows: readonly PlannedFlow[], decisions: ImportDecisions): BindingsFile {
  const planned = new Set(flows.map((flow) => flow.flowId));
  const saved = file.tenants[tenantId] ?? { flows: {}, references: [] };
  const actions = Object.fromEntries(Object.entries(saved.flows).filter(([id]) => !planned.has(id)));
  for (const [id, decision] of Object.entries(decisions.flows ?? {})) if (planned.has(id) && LASTING_ACTIONS.has(decision.action)) actions[id] = decision;
  const references = saved.references.filter((binding) => !planned.has(binding.flowId));
  const chosen = new Set<string>();
  for (const decision of decisions.references ?? []) {
    const binding = 'path' in decision ? bindingOfPath(flows, decision.flowId, decision.path, decision.entityId) : decision;
    const key = JSON.stringify([binding?.flowId, binding?.nodeId, binding?.field, binding?.source]);
    if (!binding || chosen.has(key) || !planned.has(binding.flowId)) continue;
    chosen.add(key);
    references.push(binding);
  }
  return { ...file, tenants: { ...file.tenants, [tenantId]: { flows: actions, references } } };
}

/** A choice made by path, as a binding: the plan knows the binding key of the reference at that path. */
function bindingOfPath(flows: readonly PlannedFlow[], flowId: string, path: readonly (string | number)[], entityId: string): ReferenceBinding | undefined {
  const wanted = JSON.stringify(path);
  const reference = flows.find((flow) => flow.flowId === flowId)?.references.find((candidate) => JSON.stringify(candidate.path) === wanted);
  return reference?.binding ? { flowId, ...reference.binding, entityId } : undefined;
}
