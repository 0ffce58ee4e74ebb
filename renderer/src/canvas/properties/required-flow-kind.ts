import type { StepType } from '../../../../shared/catalog/types';
import type { FlowKind } from '../../../../shared/format/profiles';

/** A flow reference that names a flow, so the step says what kind it must be (a placeholder asks nothing). */
const PROBE = { $ref: 'flow', id: '00000000-0000-4000-8000-000000000000' };

/**
 * The kind of flow the step's reference at `path` (a form path: `waitingFlow`) must name, as the
 * step type declares it for validation (contact-center: only reusable flows can be called), so
 * the picker offers only those flows; undefined when any flow will do.
 */
export function requiredFlowKind(step: StepType, config: Record<string, unknown>, path: string): FlowKind | undefined {
  if (!step.requiresFlowKind) return undefined;
  const keys = path.split('.');
  try {
    const requirements = step.requiresFlowKind(withValueAt(config, keys, PROBE) as Record<string, unknown>);
    return requirements.find((requirement) => requirement.path.slice(1).join('.') === path)?.kind;
  } catch {
    // A config the form has not finished (a list item half added): the picker offers every flow.
    return undefined;
  }
}

/** A copy of `value` with `leaf` at `keys`, the objects and arrays on the way copied, not changed. */
function withValueAt(value: unknown, keys: readonly string[], leaf: unknown): unknown {
  const [head, ...rest] = keys;
  if (head === undefined) return leaf;
  if (Array.isArray(value)) {
    const copy = [...value];
    copy[Number(head)] = withValueAt(value[Number(head)], rest, leaf);
    return copy;
  }
  const object = value !== null && typeof value === 'object' ? (value as Record<string, unknown>) : {};
  return { ...object, [head]: withValueAt(object[head], rest, leaf) };
}
