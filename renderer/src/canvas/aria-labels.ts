import type { AriaLabelConfig } from '@xyflow/react';
import type { TFunction } from 'i18next';
import type { Locale } from '../../../shared/catalog/labels';
import type { Flow, FlowEdge, FlowNode } from '../../../shared/format/flow-schema';
import type { Profile } from '../../../shared/format/profiles';
import { findStepType } from '../../../shared/catalog/registry';
import { stepPorts } from './step-ports';
import { labelOrNull } from '../i18n/catalog-text';

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
    'controls.zoomIn.ariaLabel': t('actions.zoomIn'),
    'controls.zoomOut.ariaLabel': t('actions.zoomOut'),
    'controls.fitView.ariaLabel': t('actions.fitView'),
    'controls.interactive.ariaLabel': t('canvas.keyboard.interactive'),
    'minimap.ariaLabel': t('canvas.minimap'),
    'handle.ariaLabel': t('canvas.keyboard.handle'),
  };
}

/** How a step is named to a person: its name, or its type's label while it has none. */
export function stepTitle(profile: Profile, node: FlowNode, locale: Locale): string {
  if (node.name.trim() !== '') return node.name;
  return labelOrNull(findStepType(profile, node.type)?.labels, locale) ?? node.type;
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
    port: labelOrNull(port?.label, locale) ?? edge.sourcePort,
    target: target ? stepTitle(profile, target, locale) : edge.target,
  });
}

/**
 * Names `edges` (the connections handed to the canvas) with {@link connectionLabel}; `made`
 * keeps the names already made for this flow version, language and locale, so panning and
 * dragging, which hand over the same connections again, neither name nor look them up twice.
 *
 * @remarks
 * Only the steps at the ends of connections not yet named are indexed, found in one pass over
 * the flow: an index of every step, kept as long as the flow version, grew with the flow's size
 * although only the connections near the view are named.
 */
export function connectionLabeller(
  t: TFunction,
  locale: Locale,
  flow: Flow,
  edges: readonly FlowEdge[],
  made: WeakMap<FlowEdge, string> = new WeakMap(),
): (edge: FlowEdge) => string {
  const ends = new Map<string, FlowNode | undefined>();
  for (const edge of edges) {
    if (made.has(edge)) continue;
    ends.set(edge.source, undefined);
    ends.set(edge.target, undefined);
  }
  if (ends.size > 0) for (const node of flow.nodes) if (ends.has(node.id)) ends.set(node.id, node);
  return (edge) => {
    let label = made.get(edge);
    if (label === undefined) made.set(edge, (label = connectionLabel(t, locale, flow.profile, edge, (id) => ends.get(id))));
    return label;
  };
}
