import type { Profile } from '../../../shared/format/profiles';
import type { Flow, FlowEdge, FlowNode } from '../../../shared/format/flow-schema';
import { NO_HANDLES } from './derive-elements';
import { estimateGeometry } from './node-geometry';
import { viewStep } from './step-ports';
import type { FlowXyEdge, StepXyNode } from './xy-elements';

/**
 * Canvas ids of ghosts: the steps and connections only the other version of a shown comparison
 * has (diff-marks.ts). Their own ids could be taken again in this version, so they get a prefix
 * no step or connection id can have (ids are letters, digits and `_ . : -`, never `~`).
 */
const GHOST_PREFIX = 'ghost~';

/** The canvas id of a ghost of the step or connection `id`. */
export const ghostId = (id: string): string => `${GHOST_PREFIX}${id}`;

/** Whether a canvas element is a ghost, which nothing may select, move, edit or save. */
export const isGhostId = (id: string): boolean => id.startsWith(GHOST_PREFIX);

/**
 * xyflow's changes without those of ghosts (their measured sizes, and any selection or move
 * should one get through): nothing of a ghost may reach the document, its undo or its selection.
 */
export function withoutGhostChanges<C extends { type: string }>(changes: C[]): C[] {
  return changes.some(isGhostChange) ? changes.filter((change) => !isGhostChange(change)) : changes;
}

const isGhostChange = (change: { type: string }) => 'id' in change && typeof change.id === 'string' && isGhostId(change.id);

/**
 * The removed steps the flow still lacks: one it has again (an undo brought it back) is drawn
 * as itself, not also as a ghost. The same list while none came back.
 */
export function stillRemoved(flow: Flow, removed: readonly FlowNode[]): readonly FlowNode[] {
  if (removed.length === 0) return removed;
  const present = new Set(flow.nodes.map((node) => node.id));
  const absent = removed.filter((step) => !present.has(step.id));
  return absent.length === removed.length ? removed : absent;
}

/** The class of ghosts on the canvas (canvas.css). */
export const GHOST_CLASS = 'diff-removed';

/**
 * Builds the ghosts of removed steps, drawn where the other version has them: not selectable,
 * movable, connectable, deletable or focusable, under the flow's own steps, and named for screen
 * readers as removed (`labelOf`). All are handed to xyflow like steps are, which draws only those
 * in view, with their estimated size; like steps (see NO_HANDLES in derive-elements.ts), only
 * ghosts at an end of a removed connection near the view (`wired`) get their handles. Each
 * object is kept while its step, name and handles hold, and the list while every object does.
 */
export function createGhostNodeDeriver(): (profile: Profile, steps: readonly FlowNode[], labelOf: (step: FlowNode) => string, wired: ReadonlySet<string>) => StepXyNode[] {
  let made = new WeakMap<FlowNode, StepXyNode>();
  let last: StepXyNode[] = [];
  let lastProfile: Profile | undefined;
  return (profile, steps, labelOf, wired) => {
    if (profile !== lastProfile) {
      made = new WeakMap();
      lastProfile = profile;
    }
    const out = steps.map((step) => {
      const handled = wired.has(step.id);
      const ariaLabel = labelOf(step);
      const before = made.get(step);
      if (before && before.ariaLabel === ariaLabel && (before.handles !== NO_HANDLES) === handled) return before;
      const geometry = estimateGeometry(viewStep(profile, step));
      const ghost: StepXyNode = {
        id: ghostId(step.id),
        type: 'ghost',
        position: step.position,
        data: step,
        className: GHOST_CLASS,
        selectable: false,
        draggable: false,
        connectable: false,
        deletable: false,
        focusable: false,
        // Under the flow's own steps, should one now stand where the ghost was.
        zIndex: -1,
        ariaRole: 'group',
        ariaLabel,
        initialWidth: geometry.width,
        initialHeight: geometry.height,
        measured: geometry.size,
        handles: handled ? geometry.handles : NO_HANDLES,
      };
      made.set(step, ghost);
      return ghost;
    });
    if (out.length !== last.length || out.some((node, index) => node !== last[index])) last = out;
    return last;
  };
}

/**
 * Builds the ghosts of removed connections (those near the view, see edge-window.ts), each
 * object kept while its connection and name hold. An end at a removed step is its ghost; an
 * end at a step both versions have is that step.
 */
export function createGhostEdgeDeriver(): (edges: readonly FlowEdge[], removedSteps: ReadonlySet<string>, labelOf: (edge: FlowEdge) => string) => FlowXyEdge[] {
  let made = new WeakMap<FlowEdge, FlowXyEdge>();
  let lastSteps: ReadonlySet<string> | undefined;
  return (edges, removedSteps, labelOf) => {
    if (removedSteps !== lastSteps) {
      made = new WeakMap();
      lastSteps = removedSteps;
    }
    const end = (id: string) => (removedSteps.has(id) ? ghostId(id) : id);
    return edges.map((edge) => {
      const ariaLabel = labelOf(edge);
      const before = made.get(edge);
      if (before?.ariaLabel === ariaLabel) return before;
      const ghost: FlowXyEdge = {
        id: ghostId(edge.id),
        source: end(edge.source),
        sourceHandle: edge.sourcePort,
        target: end(edge.target),
        className: GHOST_CLASS,
        selectable: false,
        focusable: false,
        deletable: false,
        reconnectable: false,
        ariaLabel,
      };
      made.set(edge, ghost);
      return ghost;
    });
  };
}
