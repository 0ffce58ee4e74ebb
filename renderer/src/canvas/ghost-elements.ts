import type { Profile } from '../../../shared/format/profiles';
import type { FlowEdge, FlowNode } from '../../../shared/format/flow-schema';
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

/** The class of ghosts on the canvas (canvas.css). */
export const GHOST_CLASS = 'diff-removed';

/**
 * The ghosts of removed steps, drawn where the other version has them: not selectable,
 * movable, connectable, deletable or focusable, named for screen readers as removed
 * (`labelOf`). All are handed to xyflow like steps are, which draws only those in view; each
 * starts with its estimated size and handles, so the removed connections can be drawn to it.
 */
export function ghostNodes(profile: Profile, steps: readonly FlowNode[], labelOf: (step: FlowNode) => string): StepXyNode[] {
  return steps.map((step) => {
    const geometry = estimateGeometry(viewStep(profile, step));
    return {
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
      ariaLabel: labelOf(step),
      initialWidth: geometry.width,
      initialHeight: geometry.height,
      measured: geometry.size,
      handles: geometry.handles,
    };
  });
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
