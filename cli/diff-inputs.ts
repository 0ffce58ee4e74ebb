import { existsSync } from 'node:fs';
import type { Flow } from '../shared/format/flow-schema';
import { FLOW_FORMAT } from '../shared/format/flow-schema';
import { isRecord } from '../shared/format/json-paths';
import { PACK_FILE_SUFFIX } from '../shared/host/workspace-paths';
import { parseJson } from '../shared/json/parse-json';
import { loadPack } from '../shared/pack/load-pack';
import { PACK_FORMAT } from '../shared/pack/pack-schema';
import { loadFlow } from '../shared/validation/load-flow';
import { CommandError, UsageError } from './cli-error';
import { printable, quoted } from './printable';
import { readDocumentFile } from './read-document';

/**
 * The path git (and diff tools) give for the side of a file that does not exist: the old side
 * of an added file, the new side of a deleted one.
 */
export const NO_FILE = '/dev/null';

/** What one argument of `flowpack diff` names, before a pack's flow is chosen. */
export type DiffSide =
  | { kind: 'flow'; label: string; flow: Flow }
  | { kind: 'pack'; label: string; path: string; flows: Flow[]; selector: string | undefined }
  | { kind: 'absent'; label: string };

/** One side as compared: where it came from, and its flow (none when the file does not exist). */
export interface ResolvedSide {
  label: string;
  flow: Flow | undefined;
  /** The local flow this tenant copy is bound to by sync, when its own id differs. */
  bindsTo?: string;
}

/**
 * Reads one argument: a flow file, a pack (`team.flowpack`, or `team.flowpack#<flow id or
 * name>` for one of its flows), or {@link NO_FILE}. A flow with validation errors is still
 * compared (a draft is a flow); only a file that is not a flow at all is refused.
 */
export function readDiffSide(argument: string, maxBytes: number): DiffSide {
  if (argument === NO_FILE) return { kind: 'absent', label: NO_FILE };
  const { path, selector } = splitSelector(argument);
  const read = readDocumentFile(path, maxBytes);
  if (!read.ok) throw new CommandError(`${printable(path)}: ${read.message}`);
  const parsed = parseJson(read.bytes);
  if (!parsed.ok) {
    const where = parsed.line === undefined ? '' : `:${parsed.line}:${parsed.column}`;
    throw new CommandError(`${printable(path)}${where}: not a flow or pack: ${printable(parsed.message)}`);
  }
  const root = parsed.value;
  const isPack = isRecord(root) && (root.format === PACK_FORMAT || (root.format !== FLOW_FORMAT && path.endsWith(PACK_FILE_SUFFIX)));
  if (isPack) return { kind: 'pack', label: argument, path, flows: readPackFlows(path, root), selector };
  if (selector !== undefined) throw new UsageError(`${printable(path)} is not a pack; "#${printable(selector)}" names a flow inside a pack`, 'diff');
  return { kind: 'flow', label: argument, flow: readFlowDocument(path, root) };
}

/**
 * `pack.flowpack#flow` as the pack's path and the flow's id or name. A file whose own name
 * holds `#` is read as it is: the selector is split off only when the whole argument is not
 * an existing file.
 */
function splitSelector(argument: string): { path: string; selector: string | undefined } {
  const hash = argument.lastIndexOf('#');
  if (hash < 0 || existsSync(argument)) return { path: argument, selector: undefined };
  return { path: argument.slice(0, hash), selector: argument.slice(hash + 1) };
}

function readFlowDocument(path: string, root: unknown): Flow {
  const loaded = loadFlow(root);
  // A document that is not structurally a flow has nothing to compare, and a newer version is
  // not read half-understood.
  const tooNew = loaded.diagnostics.find((d) => d.code === 'FORMAT_TOO_NEW');
  if (!loaded.flow || tooNew) {
    const reason = tooNew ?? loaded.diagnostics.find((d) => d.severity === 'error');
    throw new CommandError(`${printable(path)}: not a readable flow: ${printable(reason?.message ?? 'unknown structure')}`);
  }
  return loaded.flow;
}

function readPackFlows(path: string, root: unknown): Flow[] {
  const loaded = loadPack(root);
  if (!loaded.pack) throw new CommandError(`${printable(path)}: not a pack: ${printable(loaded.diagnostics[0]?.message ?? 'unknown structure')}`);
  if (loaded.flows.length < loaded.pack.flows.length) {
    throw new CommandError(`${printable(path)}: a flow in the pack is not a readable flow (run flowpack validate on it)`);
  }
  return loaded.flows.map((entry) => entry.flow);
}

/**
 * Both sides as flows. A pack's flow is the one its selector names (by id, else by name),
 * the only one it holds, or the one with the other side's id: `flowpack diff team.flowpack
 * welcome.flow.json` compares the file with its own flow in the pack.
 */
export function resolveSides(before: DiffSide, after: DiffSide): [ResolvedSide, ResolvedSide] {
  if (before.kind === 'absent' && after.kind === 'absent') throw new UsageError(`both sides are ${NO_FILE}; there is nothing to compare`, 'diff');
  const own = [ownFlow(before), ownFlow(after)] as const;
  const resolved = (side: DiffSide, flow: Flow | undefined, other: Flow | undefined): ResolvedSide => {
    if (side.kind !== 'pack') return { label: side.label, flow };
    const chosen = flow ?? sameFlowIn(side, other);
    return { label: side.selector === undefined ? `${side.path}#${chosen.id}` : side.label, flow: chosen };
  };
  return [resolved(before, own[0], own[1]), resolved(after, own[1], own[0])];
}

/** The flow a side names by itself: a file's, a pack's selected or only flow; undefined when a pack needs the other side to choose. */
function ownFlow(side: DiffSide): Flow | undefined {
  if (side.kind === 'absent') return undefined;
  if (side.kind === 'flow') return side.flow;
  const { flows, selector, path } = side;
  if (selector === undefined) return flows.length === 1 ? flows[0] : undefined;
  const byId = flows.find((flow) => flow.id === selector);
  if (byId) return byId;
  const byName = flows.filter((flow) => flow.name === selector);
  if (byName.length === 1) return byName[0];
  const problem = byName.length > 1 ? `${byName.length} flows are named ${quoted(selector)}; name one by id` : `no flow with the id or name ${quoted(selector)}`;
  throw new UsageError(`${printable(path)}: ${problem} (flows: ${choices(flows)})`, 'diff');
}

/** The pack's flow with the other side's id, or a usage error listing the pack's flows. */
function sameFlowIn(side: Extract<DiffSide, { kind: 'pack' }>, other: Flow | undefined): Flow {
  const same = other && side.flows.find((flow) => flow.id === other.id);
  if (same) return same;
  if (side.flows.length === 0) throw new CommandError(`${printable(side.path)}: the pack holds no flows`);
  const name = printable(side.path);
  throw new UsageError(`${name} holds ${side.flows.length} flows; name one as ${name}#<id or name> (flows: ${choices(side.flows)})`, 'diff');
}

/** One side given alone (compared with a tenant's version): a file's flow, or a pack's selected or only flow. */
export function resolveSide(side: DiffSide): ResolvedSide & { flow: Flow } {
  if (side.kind === 'absent') throw new UsageError(`${NO_FILE} has no flow to compare with a tenant`, 'diff');
  const [, resolved] = resolveSides({ kind: 'absent', label: NO_FILE }, side);
  return resolved as ResolvedSide & { flow: Flow };
}

const choices = (flows: readonly Flow[]) => flows.map((flow) => `${quoted(flow.name)} ${flow.id}`).join(', ');
