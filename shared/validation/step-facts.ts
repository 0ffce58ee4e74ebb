import type { Signal } from '../catalog/types';
import { sameEntity } from '../format/entity-ref';
import type { EntityRef } from '../format/entity-ref';
import type { FlowKind } from '../format/profiles';
import type { NodeReport } from './node-check';

/**
 * Facts derived from a step's parsed config through its catalog callbacks. The callbacks
 * run on user data, so any that throws counts as saying nothing rather than breaking
 * validation.
 */
function attempt<T>(compute: () => T | undefined, fallback: T): T {
  try {
    return compute() ?? fallback;
  } catch {
    return fallback;
  }
}

const NONE: never[] = [];

/** Facts are kept on the node's report: it lives exactly as long as the node object is unchanged. */
export function emitsOf(report: NodeReport): readonly Signal[] {
  const { step, config } = report;
  if (!step?.emits || !config) return NONE;
  return (report.emits ??= attempt(() => step.emits?.(config), NONE));
}

export function listensOf(report: NodeReport): readonly Signal[] {
  const { step, config } = report;
  if (!step?.listens || !config) return NONE;
  return (report.listens ??= attempt(() => step.listens?.(config), NONE));
}

export function jumpTargetsOf(report: NodeReport): readonly string[] {
  const { step, config } = report;
  if (!step?.jumpTargets || !config) return NONE;
  return (report.jumpTargets ??= attempt(() => step.jumpTargets?.(config), NONE));
}

export function requiredFlowKindsOf(report: NodeReport): { ref: EntityRef; kind: FlowKind; path: (string | number)[] }[] {
  const { step, config } = report;
  if (!step?.requiresFlowKind || !config) return [];
  return attempt(() => step.requiresFlowKind?.(config), []);
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
