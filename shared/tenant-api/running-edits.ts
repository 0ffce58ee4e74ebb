import { findStepType } from '../catalog/registry';
import { canonicalStringify } from '../format/canonical-json';
import type { Flow, FlowEdge, FlowNode } from '../format/flow-schema';

/** A settings change a started flow refuses: the step and the config field it changes. */
export interface LockedFieldEdit {
  node: FlowNode;
  field: string;
  /** The fields this step type declares editable while running (may be empty). */
  editable: readonly string[];
}

/** What an edit of a started journey changes that the journey does not accept; everything empty when it may be saved. */
export interface RunningEditChanges {
  addedSteps: FlowNode[];
  removedSteps: FlowNode[];
  addedConnections: FlowEdge[];
  removedConnections: FlowEdge[];
  lockedFields: LockedFieldEdit[];
}

/** A connection by what it joins, so renaming an edge id is no rewiring. */
const wiring = (edge: FlowEdge) => `${edge.source}\u0000${edge.sourcePort}\u0000${edge.target}`;
const same = (a: unknown, b: unknown) => canonicalStringify(a) === canonicalStringify(b);

/**
 * Compares a started journey's stored document with the one a save or an import would write
 * (journeys-workflows.en.txt: once started, only "some of the configurations of certain nodes"
 * may change and nodes cannot be added or removed). Steps and connections must stay the same;
 * within a kept step, only the config fields its type declares `editableWhileRunning` may
 * change (a changed type counts as changing every field). Names and positions may change.
 */
export function runningEditChanges(current: Flow, next: Flow): RunningEditChanges {
  const before = new Map(current.nodes.map((node) => [node.id, node]));
  const after = new Set(next.nodes.map((node) => node.id));
  const wiredBefore = new Set(current.edges.map(wiring));
  const wiredAfter = new Set(next.edges.map(wiring));
  const lockedFields: LockedFieldEdit[] = [];
  for (const node of next.nodes) {
    const old = before.get(node.id);
    if (!old) continue;
    if (old.type !== node.type) {
      lockedFields.push({ node, field: 'type', editable: [] });
      continue;
    }
    const editable = findStepType(current.profile, node.type)?.editableWhileRunning ?? [];
    const keys = [...new Set([...Object.keys(old.config), ...Object.keys(node.config)])].sort();
    for (const key of keys) {
      if (!editable.includes(key) && !same(old.config[key], node.config[key])) lockedFields.push({ node, field: key, editable });
    }
  }
  return {
    addedSteps: next.nodes.filter((node) => !before.has(node.id)),
    removedSteps: current.nodes.filter((node) => !after.has(node.id)),
    addedConnections: next.edges.filter((edge) => !wiredBefore.has(wiring(edge))),
    removedConnections: current.edges.filter((edge) => !wiredAfter.has(wiring(edge))),
    lockedFields,
  };
}

/** True when the changes hold nothing a started journey refuses. */
export const acceptedWhileRunning = (changes: RunningEditChanges): boolean =>
  Object.values(changes).every((list: readonly unknown[]) => list.length === 0);
