import diff from 'microdiff';
import { findStepType } from '../catalog/registry';
import type { Labels } from '../catalog/labels';
import { copyJson } from '../json/copy-json';
import type { Flow, FlowEdge, FlowNode } from '../format/flow-schema';
import { tenantHeldValues } from '../import/tenant-held-values';
import { alignTenantIds } from './tenant-ids';

/** Which side changed an item since the last synchronised version. */
export type ChangedOn = 'here' | 'there' | 'both';

/**
 * One field that differs between the workspace's copy and the tenant's: a flow field, or a
 * step's `name`, `type`, one top-level key of its `config` (`['config', 'timeout']`) or its
 * `extensions`. A config key is the unit merged, so a list (tags, branches) is taken whole from
 * one side and can never come out as a mix of two edits.
 */
export interface FieldThreeWay {
  key: string[];
  /** Absent (`undefined`) where that version has no value, or there is no base. */
  base?: unknown;
  mine?: unknown;
  theirs?: unknown;
  changedOn: ChangedOn;
}

/** A step that differs: present or not in each version, and its differing fields. */
export interface StepThreeWay {
  id: string;
  type: string;
  name: string;
  inBase: boolean;
  inMine: boolean;
  inTheirs: boolean;
  changedOn: ChangedOn;
  fields: FieldThreeWay[];
}

/** A connection (from a step's port to a step) present on one side and not the other. */
export interface ConnectionThreeWay {
  source: string;
  sourcePort: string;
  /** The port's name in each language, from the source step's type (absent for a type the catalog lacks). */
  portLabel?: Labels;
  target: string;
  inBase: boolean;
  inMine: boolean;
  inTheirs: boolean;
  changedOn: ChangedOn;
}

/**
 * The workspace's copy of a flow ("mine", changed here) and the tenant's ("theirs", changed
 * there) compared with the version last synchronised between them ("base"), so a change made on
 * one side is never mistaken for an edit of the other. Only what differs between mine and theirs
 * is listed: a change both sides made alike needs no choice. Without a base (the flow was never
 * synchronised, or the tenant cannot give that version) every difference is `both`: nobody can
 * tell which side made it.
 */
export interface FlowThreeWay {
  hasBase: boolean;
  /** The workspace copy's profile, whose catalog names the steps' fields. */
  profile: string;
  /** Every step's name by id (the workspace's where both have it), to name connections. */
  stepNames: Record<string, string>;
  flow: FieldThreeWay[];
  steps: StepThreeWay[];
  connections: ConnectionThreeWay[];
}

export interface ThreeVersions {
  base?: Flow | undefined;
  mine: Flow;
  theirs: Flow;
}

const FLOW_FIELDS = ['name', 'description', 'profile', 'kind', 'entities', 'extensions'] as const;

/** Whether two JSON values are equal, key order aside. */
export function sameJson(a: unknown, b: unknown): boolean {
  if (a === null || b === null || typeof a !== 'object' || typeof b !== 'object') return Object.is(a, b);
  if (Array.isArray(a) !== Array.isArray(b)) return false;
  return diff(a, b).length === 0;
}

/** A field's key as choices name it: `config.timeout`. */
export const fieldKey = (key: readonly string[]) => key.join('.');

/** The value of a step's merge unit. */
function valueOf(node: FlowNode, key: readonly string[]): unknown {
  if (key[0] === 'config') return node.config[key[1]!];
  return (node as unknown as Record<string, unknown>)[key[0]!];
}

/** A step's merge units present in any of the versions; a step whose type changed is one unit, its type. */
function stepKeys(nodes: (FlowNode | undefined)[]): string[][] {
  const present = nodes.filter((node): node is FlowNode => node !== undefined);
  if (new Set(present.map((node) => node.type)).size > 1) return [['type']];
  const configKeys = new Set(present.flatMap((node) => Object.keys(node.config)));
  return [['name'], ...[...configKeys].map((key) => ['config', key]), ['extensions']];
}

function classify(hasBase: boolean, mineChanged: boolean, theirsChanged: boolean): ChangedOn {
  if (!hasBase || (mineChanged && theirsChanged)) return 'both';
  return mineChanged ? 'here' : 'there';
}

function field(key: string[], hasBase: boolean, base: unknown, mine: unknown, theirs: unknown): FieldThreeWay | undefined {
  if (sameJson(mine, theirs)) return undefined;
  const changedOn = classify(hasBase, !sameJson(base, mine), !sameJson(base, theirs));
  return { key, base, mine, theirs, changedOn };
}

const byId = (flow: Flow | undefined) => new Map((flow?.nodes ?? []).map((node) => [node.id, node]));

function stepThreeWay(id: string, hasBase: boolean, base: FlowNode | undefined, mine: FlowNode | undefined, theirs: FlowNode | undefined): StepThreeWay | undefined {
  const fields: FieldThreeWay[] = [];
  if (mine && theirs) {
    for (const key of stepKeys([base, mine, theirs])) {
      const found = field(key, hasBase, base && valueOf(base, key), valueOf(mine, key), valueOf(theirs, key));
      if (found) fields.push(found);
    }
    if (fields.length === 0) return undefined;
  } else if (!mine && !theirs) return undefined;
  const touched = (side: FlowNode | undefined) => (side === undefined) !== (base === undefined) || (side !== undefined && base !== undefined && stepKeys([base, side]).some((key) => !sameJson(valueOf(base, key), valueOf(side, key))));
  const shown = mine ?? theirs!;
  return { id, type: shown.type, name: shown.name, inBase: base !== undefined, inMine: mine !== undefined, inTheirs: theirs !== undefined, changedOn: classify(hasBase, touched(mine), touched(theirs)), fields };
}

/** Connections are told apart by what they connect, not their ids (each side numbers its own). */
export const connectionKey = (edge: Pick<FlowEdge, 'source' | 'sourcePort' | 'target'>) => JSON.stringify([edge.source, edge.sourcePort, edge.target]);

function connectionsThreeWay(hasBase: boolean, versions: ThreeVersions): ConnectionThreeWay[] {
  const keys = (flow: Flow | undefined) => new Set((flow?.edges ?? []).map(connectionKey));
  const [base, mine, theirs] = [keys(versions.base), keys(versions.mine), keys(versions.theirs)];
  const all = new Map([...(versions.base?.edges ?? []), ...versions.mine.edges, ...versions.theirs.edges].map((edge) => [connectionKey(edge), edge]));
  const out: ConnectionThreeWay[] = [];
  for (const [key, edge] of all) {
    const [inBase, inMine, inTheirs] = [base.has(key), mine.has(key), theirs.has(key)];
    if (inMine === inTheirs) continue;
    const portLabel = portLabelOf(versions, edge);
    out.push({
      source: edge.source,
      sourcePort: edge.sourcePort,
      ...(portLabel ? { portLabel } : {}),
      target: edge.target,
      inBase,
      inMine,
      inTheirs,
      changedOn: classify(hasBase, inMine !== inBase, inTheirs !== inBase),
    });
  }
  return out;
}

/** The name of the port a connection leaves, as the side that has its source step configures it. */
function portLabelOf(versions: ThreeVersions, edge: FlowEdge): Labels | undefined {
  for (const flow of [versions.mine, versions.theirs, versions.base]) {
    const node = flow?.nodes.find((candidate) => candidate.id === edge.source);
    if (!node) continue;
    const ports = findStepType(flow!.profile, node.type)?.ports(node.config);
    const port = ports?.find((candidate) => candidate.id === edge.sourcePort);
    if (port) return port.label;
  }
  return undefined;
}

/**
 * The three versions as they are compared: what the tenant assigns (an entity's id written into
 * a reference at import) and what a push keeps from the tenant where the file leaves it empty
 * (a sender, a team, a header's secret) are not edits of the workspace's copy.
 */
export function comparableVersions({ base, mine, theirs }: ThreeVersions): Required<ThreeVersions> | { base: undefined; mine: Flow; theirs: Flow } {
  const copies = { base: base && copyJson(base), mine: copyJson(mine), theirs: copyJson(theirs) };
  const held = tenantHeldValues(copies.base ?? copies.theirs);
  held.restoreAbsent(copies.mine, copies.mine.id);
  held.restoreSecrets(copies.mine);
  alignTenantIds([copies.base, copies.theirs, copies.mine].filter((flow): flow is Flow => flow !== undefined));
  return copies;
}

/** Compares the workspace's copy and the tenant's with the version last synchronised ({@link FlowThreeWay}). */
export function threeWayDiff(versions: ThreeVersions): FlowThreeWay {
  const { base, mine, theirs } = comparableVersions(versions);
  const hasBase = base !== undefined;
  const flow = FLOW_FIELDS.flatMap((key) => field([key], hasBase, base?.[key], mine[key], theirs[key]) ?? []);
  const [baseSteps, mineSteps, theirSteps] = [byId(base), byId(mine), byId(theirs)];
  const ids = [...new Set([...mineSteps.keys(), ...theirSteps.keys(), ...baseSteps.keys()])];
  const steps = ids.flatMap((id) => stepThreeWay(id, hasBase, baseSteps.get(id), mineSteps.get(id), theirSteps.get(id)) ?? []);
  const stepNames = Object.fromEntries([...theirs.nodes, ...mine.nodes].map((node) => [node.id, node.name]));
  return { hasBase, profile: mine.profile, stepNames, flow, steps, connections: connectionsThreeWay(hasBase, { base, mine, theirs }) };
}
