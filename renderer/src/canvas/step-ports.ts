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
 * Reads a node through its catalog entry, its summary in `locale` (English when none is given). A config the entry cannot read (a hand-edited
 * file) shows no ports or summary rather than breaking the canvas; the validator reports it.
 */
export function viewStep(profile: Profile, node: FlowNode, locale?: Locale): StepView {
  const step = findStepType(profile, node.type);
  if (!step) return { step, ports: [], summary: '' };
  let ports: Port[];
  let summary: string;
  try {
    ports = step.ports(node.config);
  } catch {
    ports = [];
  }
  try {
    summary = step.summary?.(node.config, locale) ?? '';
  } catch {
    summary = '';
  }
  return { step, ports, summary };
}
