import { copyJson } from '../json/copy-json';
import type { Flow, FlowEdge, FlowNode } from '../format/flow-schema';
import { connectionKey, fieldKey, sameJson, threeWayDiff } from './three-way';
import type { ChangedOn, FieldThreeWay, FlowThreeWay, StepThreeWay, ThreeVersions } from './three-way';

/** Whose version of an item the merge takes: the workspace's or the tenant's. */
export type MergeSide = 'mine' | 'theirs';

/**
 * A person's choices, change by change. Left out, an item changed on one side only takes that
 * side's version (each side's own edits are kept); an item changed on both sides must be chosen.
 * For a step changed on both sides, its field choices override the step's, and its fields
 * changed on one side only are taken from that side whatever the step's choice.
 */
export interface MergeChoices {
  flow?: Record<string, MergeSide>;
  steps?: Record<string, MergeSide>;
  /** By step id, then field key (`config.timeout`). */
  fields?: Record<string, Record<string, MergeSide>>;
  /** By {@link connectionKey}. */
  connections?: Record<string, MergeSide>;
}

/** What still needs a choice, by the same keys as {@link MergeChoices}. */
export interface Undecided {
  flow: string[];
  steps: string[];
  fields: { stepId: string; key: string }[];
}

export type MergeResult = { ok: true; flow: Flow; diff: FlowThreeWay } | { ok: false; undecided: Undecided; diff: FlowThreeWay };

const defaultSide = (changedOn: ChangedOn): MergeSide | undefined => (changedOn === 'here' ? 'mine' : changedOn === 'there' ? 'theirs' : undefined);

function setValue(target: Record<string, unknown>, key: string, value: unknown): void {
  if (value === undefined) delete target[key];
  else target[key] = copyJson(value);
}

/** Writes a step's field from `source` (the chosen side's original step) into `node`. */
function applyField(node: FlowNode, field: FieldThreeWay, source: FlowNode): void {
  if (field.key[0] === 'config') setValue(node.config, field.key[1]!, source.config[field.key[1]!]);
  else setValue(node as unknown as Record<string, unknown>, field.key[0]!, (source as unknown as Record<string, unknown>)[field.key[0]!]);
}

/** Whether a listed step is merged as a whole (present on one side only, or its type changed) rather than field by field. */
const mergedWhole = (step: StepThreeWay) => step.inMine !== step.inTheirs || step.fields.some((field) => field.key[0] === 'type');

/**
 * What still needs a person's choice: each item changed on both sides without one (a field of
 * a step changed on both sides takes the step's choice when it has none of its own).
 */
export function undecidedChoices(diff: FlowThreeWay, choices: MergeChoices): Undecided {
  const undecided: Undecided = { flow: [], steps: [], fields: [] };
  for (const field of diff.flow) if (field.changedOn === 'both' && !choices.flow?.[fieldKey(field.key)]) undecided.flow.push(fieldKey(field.key));
  for (const step of diff.steps) {
    if (step.changedOn !== 'both' || choices.steps?.[step.id]) continue;
    if (mergedWhole(step)) undecided.steps.push(step.id);
    else for (const field of step.fields) if (field.changedOn === 'both' && !choices.fields?.[step.id]?.[fieldKey(field.key)]) undecided.fields.push({ stepId: step.id, key: fieldKey(field.key) });
  }
  return undecided;
}

/**
 * The merged step, or undefined when the merge leaves it out; every choice it needs is made.
 * `mine`/`theirs` are the original versions (not the compared copies), so nothing the tenant
 * alone holds, such as a kept secret, is written into the file unless a person takes the
 * tenant's version of that field.
 */
function mergeStep(step: StepThreeWay, mine: FlowNode | undefined, theirs: FlowNode | undefined, choices: MergeChoices): FlowNode | undefined {
  const stepChoice = choices.steps?.[step.id] ?? defaultSide(step.changedOn);
  if (mergedWhole(step)) {
    const chosen = stepChoice === 'mine' ? mine : theirs;
    return chosen && copyJson(chosen);
  }
  if (step.changedOn !== 'both') return copyJson(stepChoice === 'theirs' ? theirs! : mine!);
  const node = copyJson(mine!);
  for (const field of step.fields) {
    const side = field.changedOn === 'both' ? (choices.fields?.[step.id]?.[fieldKey(field.key)] ?? stepChoice!) : defaultSide(field.changedOn)!;
    applyField(node, field, side === 'mine' ? mine! : theirs!);
  }
  return node;
}

/** The position a step keeps: the one moved since the base, the workspace's when both moved it. */
function positionOf(node: FlowNode, base: FlowNode | undefined, mine: FlowNode | undefined, theirs: FlowNode | undefined): FlowNode['position'] {
  if (base && mine && theirs && sameJson(mine.position, base.position) && !sameJson(theirs.position, base.position)) return { ...theirs.position };
  return { ...(mine ?? node).position };
}

function mergeConnections(versions: ThreeVersions, diff: FlowThreeWay, nodes: FlowNode[], steps: Record<string, MergeSide>, choices: MergeChoices): FlowEdge[] {
  const listed = new Map(diff.connections.map((connection) => [connectionKey(connection), connection]));
  const presenceChanged = new Set(diff.steps.filter((step) => step.inMine !== step.inTheirs).map((step) => step.id));
  const presenceSide = (stepId: string) => (presenceChanged.has(stepId) ? steps[stepId] : undefined);
  const present = new Set(nodes.map((node) => node.id));
  const usedIds = new Set<string>();
  const edges: FlowEdge[] = [];
  const seen = new Set<string>();
  for (const edge of [...versions.mine.edges, ...versions.theirs.edges]) {
    const key = connectionKey(edge);
    if (seen.has(key)) continue;
    seen.add(key);
    const connection = listed.get(key);
    // A connection to or from a step one side removed goes or stays with that step; one both
    // sides differ on without a base follows the version chosen for the step it leaves.
    const side = connection && (choices.connections?.[key] ?? presenceSide(connection.source) ?? presenceSide(connection.target) ?? defaultSide(connection.changedOn) ?? steps[connection.source] ?? 'mine');
    const keep = connection ? (side === 'mine' ? connection.inMine : connection.inTheirs) : true;
    if (!keep || !present.has(edge.source) || !present.has(edge.target)) continue;
    let id = edge.id;
    for (let n = 2; usedIds.has(id); n++) id = `${edge.id}-${n}`;
    usedIds.add(id);
    edges.push({ ...copyJson(edge), id });
  }
  return edges;
}

/**
 * Merges the workspace's copy of a flow and the tenant's, change by change ({@link MergeChoices}),
 * into one flow: the workspace's envelope (id, format, meta), its step order with the tenant's
 * added steps after, and every connection whose two steps the merge keeps. Answers what still
 * needs a choice instead when an item changed on both sides was not chosen.
 */
export function mergeFlows(versions: ThreeVersions, choices: MergeChoices): MergeResult {
  const diff = threeWayDiff(versions);
  const undecided = undecidedChoices(diff, choices);
  if (undecided.flow.length + undecided.steps.length + undecided.fields.length > 0) return { ok: false, undecided, diff };
  const merged = copyJson(versions.mine);
  for (const field of diff.flow) {
    const key = fieldKey(field.key);
    const side = choices.flow?.[key] ?? defaultSide(field.changedOn)!;
    setValue(merged as unknown as Record<string, unknown>, key, (side === 'mine' ? versions.mine : versions.theirs)[key as keyof Flow]);
  }
  const listed = new Map(diff.steps.map((step) => [step.id, step]));
  const [base, mine, theirs] = [versions.base, versions.mine, versions.theirs].map((flow) => new Map((flow?.nodes ?? []).map((node) => [node.id, node])));
  const ids = [...new Set([...versions.mine.nodes, ...versions.theirs.nodes].map((node) => node.id))];
  const nodes: FlowNode[] = [];
  const stepSides: Record<string, MergeSide> = {};
  for (const id of ids) {
    const step = listed.get(id);
    const node = step ? mergeStep(step, mine!.get(id), theirs!.get(id), choices) : copyJson(mine!.get(id) ?? theirs!.get(id)!);
    if (step) stepSides[id] = choices.steps?.[id] ?? defaultSide(step.changedOn) ?? 'mine';
    if (node) nodes.push({ ...node, position: positionOf(node, base!.get(id), mine!.get(id), theirs!.get(id)) });
  }
  merged.nodes = nodes;
  merged.edges = mergeConnections(versions, diff, nodes, stepSides, choices);
  return { ok: true, flow: merged, diff };
}
