import { readFile } from 'node:fs/promises';
import type { Flow } from '../../shared/format/flow-schema';
import { loadFlow } from '../../shared/validation/load-flow';
import { HostError } from '../../shared/host/host-error';
import { parseJson } from '../../shared/json/parse-json';
import { MAX_DOCUMENT_BYTES } from './flow-files';
import { toHostError } from './host-fs-errors';
import { mapLimited } from './map-limited';
import type { SummaryCache } from './summary-cache';
import { listWorkspace } from './workspace-listing';
import type { WorkspaceRoot } from './workspace-root';

/** A flow file of the workspace, loaded. */
export interface WorkspaceFlow {
  path: string;
  flow: Flow;
}

/**
 * Reads one flow file of the workspace as the editor loads it, or a HostError naming the
 * file when it is not a flow this build can read (export must not guess at one).
 */
export async function readWorkspaceFlow(root: WorkspaceRoot, path: string): Promise<WorkspaceFlow> {
  const absolute = await root.resolve(path);
  let bytes: Buffer;
  try {
    bytes = await readFile(absolute);
  } catch (error) {
    throw toHostError(error, `cannot read "${path}"`);
  }
  if (bytes.length > MAX_DOCUMENT_BYTES) throw new HostError('IO', `"${path}" is too large to be a flow`);
  const parsed = parseJson(bytes);
  if (!parsed.ok) throw new HostError('INVALID_ARGS', `"${path}" is not valid JSON: ${parsed.message}`);
  const flow = loadFlow(parsed.value).flow;
  if (!flow) throw new HostError('INVALID_ARGS', `"${path}" is not a flow this version can read`);
  return { path, flow };
}

/** Where each flow id of the workspace lives (the first file in listing order when two share one). */
export async function flowIdLocations(root: WorkspaceRoot, summaries: SummaryCache): Promise<Map<string, string>> {
  const locations = new Map<string, string>();
  for (const entry of await listWorkspace(root, summaries)) {
    if (entry.kind === 'flow' && entry.summary.id !== '' && !locations.has(entry.summary.id)) locations.set(entry.summary.id, entry.path);
  }
  return locations;
}

/**
 * Every readable flow of the workspace of one of `profiles` (the library's summaries say
 * which, so flows of other profiles are not read); files that are not readable flows are left out.
 */
export async function readWorkspaceFlowsOf(root: WorkspaceRoot, summaries: SummaryCache, profiles: ReadonlySet<string>): Promise<WorkspaceFlow[]> {
  const paths = (await listWorkspace(root, summaries)).flatMap((entry) =>
    entry.kind === 'flow' && entry.summary.editable && profiles.has(entry.summary.profile) ? [entry.path] : [],
  );
  const read = await mapLimited(paths, 16, (path) => readWorkspaceFlow(root, path).catch(() => undefined));
  return read.filter((entry): entry is WorkspaceFlow => entry !== undefined);
}
