import { findStepType } from '../../../shared/catalog/registry';
import type { Locale } from '../../../shared/catalog/labels';
import type { Port, StepType } from '../../../shared/catalog/types';
import type { FlowNode } from '../../../shared/format/flow-schema';
import type { Profile } from '../../../shared/format/profiles';

/** What the canvas shows of a step: its catalog entry (if known), ports and summary. */
export interface StepView {
  step: StepType | undefined;
  ports: Port[];
  summary: string;
}

/**
 * Reads a node through its catalog entry, its summary in `locale` (English when none is given).
 * A config the entry cannot read (a hand-edited file) shows no ports or summary rather than
 * breaking the canvas; the validator reports it.
 */
export function viewStep(profile: Profile, node: FlowNode, locale?: Locale): StepView {
  const step = findStepType(profile, node.type);
  if (!step) return { step, ports: [], summary: '' };
  let summary: string;
  try {
    summary = step.summary?.(node.config, locale) ?? '';
  } catch {
    summary = '';
  }
  return { step, ports: portsOf(step, node), summary };
}

/** A node's output ports alone (see {@link viewStep}), for callers that draw no summary. */
export function stepPorts(profile: Profile, node: FlowNode): Port[] {
  const step = findStepType(profile, node.type);
  return step ? portsOf(step, node) : [];
}

function portsOf(step: StepType, node: FlowNode): Port[] {
  try {
    return step.ports(node.config);
  } catch {
    return [];
  }
}
