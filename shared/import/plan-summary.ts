import type { Diagnostic } from '../format/diagnostic';
import { isToConfigure, refuses } from '../format/diagnostic-class';
import { entityNameKey } from './entity-name';
import { FLOW_ACTIONS } from './import-decisions';
import type { FlowAction } from './import-decisions';
import { REF_OUTCOMES } from './import-plan';
import type { CreatedEntity, FlowPlan, ImportSummary, RefOutcome } from './import-plan';

/**
 * Counts of a plan, and every entity it creates once, in a stable order. `errors` counts only
 * what refuses the import; what a person must finish in the imported drafts is `toConfigure`.
 */
export function summarisePlan(flows: readonly FlowPlan[], planDiagnostics: readonly Diagnostic[]): ImportSummary {
  const actions = Object.fromEntries(FLOW_ACTIONS.map((action) => [action, 0])) as Record<FlowAction, number>;
  const references = Object.fromEntries(REF_OUTCOMES.map((outcome) => [outcome, 0])) as Record<RefOutcome, number>;
  const creates = new Map<string, CreatedEntity>();
  const all = [...planDiagnostics];
  for (const flow of flows) {
    actions[flow.action]++;
    all.push(...flow.diagnostics);
    for (const reference of flow.references) {
      references[reference.outcome]++;
      if (reference.outcome !== 'created' || !reference.target) continue;
      const created: CreatedEntity = { kind: reference.kind, name: reference.target.name };
      if (reference.target.type !== undefined) created.type = reference.target.type;
      // Each metric field belongs to its own flow; other entities are created once however many steps use them.
      if (reference.path[0] === 'entities') created.forFlow = flow.targetId;
      // Two spellings of one name (entityNameKey) are one entity, as the tenant creates it once.
      const key = JSON.stringify([created.kind, entityNameKey(created.name), created.forFlow ?? '']);
      if (!creates.has(key)) creates.set(key, created);
    }
  }
  const sorted = [...creates.entries()].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)).map(([, created]) => created);
  return {
    actions,
    references,
    creates: sorted,
    errors: all.filter(refuses).length,
    toConfigure: all.filter(isToConfigure).length,
    warnings: all.filter((d) => d.severity === 'warning').length,
  };
}
