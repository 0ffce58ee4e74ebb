import type { Signal, StepType } from '../catalog/types';
import { sameEntity } from '../format/entity-ref';
import type { EntityRef } from '../format/entity-ref';
import type { FlowKind } from '../format/profiles';
import type { NodeReport } from './node-check';

/** A flow this step calls or plays, which must be of a given kind. */
export interface FlowKindRequirement {
  ref: EntityRef;
  kind: FlowKind;
  path: (string | number)[];
}

/** What the loop, jump and flow-kind checks need to know of a step, from its parsed config. */
export interface StepFacts {
  readonly emits: readonly Signal[];
  readonly listens: readonly Signal[];
  readonly jumpTargets: readonly string[];
  readonly flowKinds: readonly FlowKindRequirement[];
}

// Shared and readonly by type; not frozen, as frozen arrays and objects are other shapes to the engine (see NO_DIAGNOSTICS).
const NONE: readonly never[] = [];

/** The facts of a step that has none: shared by every such report (most steps). */
export const NO_FACTS: StepFacts = { emits: NONE, listens: NONE, jumpTargets: NONE, flowKinds: NONE };

/**
 * Facts derived from a step's parsed config through its catalog callbacks, taken once when
 * the node is checked, so the report need not keep the parsed config (a copy of every
 * node's config, held for as long as an editor has the flow open). The callbacks run on
 * user data, so any that throws counts as saying nothing rather than breaking validation.
 */
export function stepFacts(step: StepType, config: Record<string, unknown>): StepFacts {
  if (!step.emits && !step.listens && !step.jumpTargets && !step.requiresFlowKind) return NO_FACTS;
  const facts: StepFacts = {
    emits: attempt(() => step.emits?.(config)),
    listens: attempt(() => step.listens?.(config)),
    jumpTargets: attempt(() => step.jumpTargets?.(config)),
    flowKinds: attempt(() => step.requiresFlowKind?.(config)),
  };
  const empty = facts.emits.length === 0 && facts.listens.length === 0 && facts.jumpTargets.length === 0 && facts.flowKinds.length === 0;
  return empty ? NO_FACTS : facts;
}

function attempt<T>(compute: () => readonly T[] | undefined): readonly T[] {
  try {
    const found = compute();
    return found && found.length > 0 ? found : NONE;
  } catch {
    return NONE;
  }
}

export function emitsOf(report: NodeReport): readonly Signal[] {
  return report.facts.emits;
}

export function listensOf(report: NodeReport): readonly Signal[] {
  return report.facts.listens;
}

export function jumpTargetsOf(report: NodeReport): readonly string[] {
  return report.facts.jumpTargets;
}

export function requiredFlowKindsOf(report: NodeReport): readonly FlowKindRequirement[] {
  return report.facts.flowKinds;
}

/** The signal every flow listens for: another flow's "trigger workflow" step naming it. */
export function flowTriggeredSignal(flowId: string): Signal {
  return { event: 'flow.triggered', ref: { $ref: 'flow', id: flowId } };
}

/** Does an emitted signal fire a listener? A listener without a ref hears every signal of its event. */
export function signalMatches(emitted: Signal, listener: Signal): boolean {
  if (emitted.event !== listener.event) return false;
  if (!listener.ref) return true;
  return emitted.ref !== undefined && sameEntity(emitted.ref, listener.ref);
}

/** Words for a signal in a message: `adds tag "VIP"`. */
export function describeSignal(signal: Signal): string {
  const subject = signal.ref ? ` "${signal.ref.name ?? signal.ref.id ?? signal.ref.uuid ?? '?'}"` : '';
  switch (signal.event) {
    case 'tag.added':
      return `adds tag${subject}`;
    case 'tag.removed':
      return `removes tag${subject}`;
    case 'flow.triggered':
      return `triggers workflow${subject}`;
    case 'contactField.updated':
    case 'customField.updated':
      return `updates field${subject}`;
    case 'conversation.opened':
      return 'opens the conversation';
    case 'conversation.closed':
      return 'closes the conversation';
    default:
      return `causes ${signal.event}${subject}`;
  }
}
