import type { AriaLabelConfig } from '@xyflow/react';
import type { TFunction } from 'i18next';
import type { Locale } from '../../../shared/catalog/labels';
import type { FlowEdge, FlowNode } from '../../../shared/format/flow-schema';
import type { Profile } from '../../../shared/format/profiles';
import { findStepType } from '../../../shared/catalog/registry';
import { stepPorts } from './step-ports';

/**
 * xyflow's own screen-reader texts (the description read when a step or connection gets
 * focus, the announcement of a step moved by arrow keys, the names of its panels) in the
 * UI's language, describing the keys this canvas actually handles rather than xyflow's.
 */
export function canvasAriaLabels(t: TFunction, readOnly: boolean): Partial<AriaLabelConfig> {
  const node = t(readOnly ? 'canvas.keyboard.nodeHelpReadOnly' : 'canvas.keyboard.nodeHelp');
  return {
    // xyflow reads the second one while keyboard access is on (the default) and the first one otherwise.
    'node.a11yDescription.default': node,
    'node.a11yDescription.keyboardDisabled': node,
    'node.a11yDescription.ariaLiveMessage': ({ direction, x, y }) => t('canvas.keyboard.moved', { direction: t(`canvas.keyboard.direction.${direction}`), x, y }),
    'edge.a11yDescription.default': t(readOnly ? 'canvas.keyboard.edgeHelpReadOnly' : 'canvas.keyboard.edgeHelp'),
    'controls.ariaLabel': t('canvas.controls'),
    'controls.zoomIn.ariaLabel': t('canvas.zoomIn'),
    'controls.zoomOut.ariaLabel': t('canvas.zoomOut'),
    'controls.fitView.ariaLabel': t('canvas.fitView'),
    'controls.interactive.ariaLabel': t('canvas.keyboard.interactive'),
    'minimap.ariaLabel': t('canvas.minimap'),
    'handle.ariaLabel': t('canvas.keyboard.handle'),
  };
}

/** How a step is named to a person: its name, or its type's label while it has none. */
export function stepTitle(profile: Profile, node: FlowNode, locale: Locale): string {
  if (node.name.trim() !== '') return node.name;
  return findStepType(profile, node.type)?.labels[locale] ?? node.type;
}

/**
 * The accessible name of a connection (xyflow's default names the step ids), e.g.
 * Connection from “Start” (Next) to “Send message”.
 */
export function connectionLabel(
  t: TFunction,
  locale: Locale,
  profile: Profile,
  edge: FlowEdge,
  nodeById: (id: string) => FlowNode | undefined,
): string {
  const source = nodeById(edge.source);
  const target = nodeById(edge.target);
  const port = source ? stepPorts(profile, source).find((candidate) => candidate.id === edge.sourcePort) : undefined;
  return t('canvas.keyboard.connectionLabel', {
    source: source ? stepTitle(profile, source, locale) : edge.source,
    port: port?.label[locale] ?? edge.sourcePort,
    target: target ? stepTitle(profile, target, locale) : edge.target,
  });
}
