import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Flow, FlowEdge, FlowNode } from '../../../shared/format/flow-schema';
import type { FlowDiffMarks } from '../documents/diff-marks';
import { useLocale } from '../i18n/locale';
import { connectionLabeller, stepTitle } from './aria-labels';
import type { CompareView } from './compare-context';
import type { FlowRect } from './edge-window';
import { edgesInWindow } from './edge-window';
import { createGhostEdgeDeriver, createGhostNodeDeriver, stillRemoved } from './ghost-elements';
import type { FlowXyEdge, StepXyNode } from './xy-elements';

const NO_NODES: StepXyNode[] = [];
const NO_STEPS: readonly FlowNode[] = [];
const NO_EDGES: FlowXyEdge[] = [];
const NO_ENDS: ReadonlySet<string> = new Set();
const NOTHING_HELD = { selectedEdges: NO_ENDS, heldNodes: NO_ENDS, dragging: new Map() };

/** What a shown comparison adds to the canvas of the version it compares. */
export interface CompareGhosts {
  /** The ghosts of the removed steps, all of them (xyflow draws those in view). */
  nodes: StepXyNode[];
  /** The ghosts of the removed connections near the view, like the flow's own (edge-window.ts). */
  edges: FlowXyEdge[];
  /** Steps of the flow at an end of those connections: they need their handles to draw them. */
  wired: ReadonlySet<string>;
  /** What step nodes read to badge their marks (null while no comparison is shown). */
  view: CompareView | null;
}

/**
 * The ghosts a shown comparison (`entry`, diff-marks.ts) draws over `flow`: view elements only,
 * derived again from the entry, so hiding the comparison removes them and nothing of them is
 * ever in the document.
 */
export function useCompareGhosts(flow: Flow | undefined, entry: FlowDiffMarks | undefined, marks: CompareView['marks'], area: FlowRect | null): CompareGhosts {
  const { t } = useTranslation();
  const locale = useLocale();
  const profile = flow?.profile ?? 'conversations';
  const removedSteps = useMemo(() => (flow && entry ? stillRemoved(flow, entry.removed.steps) : NO_STEPS), [flow, entry]);
  const removedIds = useMemo(() => new Set(removedSteps.map((step) => step.id)), [removedSteps]);
  const near = useMemo(() => {
    if (!flow || !entry || entry.removed.connections.length === 0) return [];
    return edgesInWindow({ nodes: [...flow.nodes, ...removedSteps], edges: entry.removed.connections }, area, NOTHING_HELD);
  }, [flow, entry, removedSteps, area]);
  const [deriveEdges] = useState(createGhostEdgeDeriver);
  const edges = useMemo(() => {
    if (!flow || near.length === 0) return NO_EDGES;
    // Ends are named from both versions: a removed connection may end at a removed step.
    const label = connectionLabeller(t, locale, { ...flow, nodes: [...removedSteps, ...flow.nodes] }, near);
    return deriveEdges(near, removedIds, (edge: FlowEdge) => t('compareView.removedConnection', { connection: label(edge) }));
  }, [flow, near, removedSteps, removedIds, deriveEdges, t, locale]);
  // Ends of those connections: steps of the flow (which need their handles to draw them) and ghosts (which then get theirs).
  const ends = useMemo(() => (near.length === 0 ? NO_ENDS : new Set(near.flatMap((edge) => [edge.source, edge.target]))), [near]);
  const wired = useMemo(() => (ends.size === 0 ? NO_ENDS : new Set([...ends].filter((id) => !removedIds.has(id)))), [ends, removedIds]);
  const [deriveNodes] = useState(createGhostNodeDeriver);
  const nodes = useMemo(
    () =>
      entry && removedSteps.length > 0
        ? deriveNodes(profile, removedSteps, (step) => t('compareView.removedStep', { name: stepTitle(profile, step, locale), against: entry.against }), ends)
        : NO_NODES,
    [deriveNodes, entry, removedSteps, profile, t, locale, ends],
  );
  const view = useMemo<CompareView | null>(
    () => (entry ? { marks, badges: { added: t('compareView.added'), changed: t('compareView.changed'), removed: t('compareView.removed') } } : null),
    [entry, marks, t],
  );
  return { nodes, edges, wired, view };
}
