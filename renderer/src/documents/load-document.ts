import type { Diagnostic } from '../../../shared/format/diagnostic';
import { FLOW_FORMAT, FLOW_VERSION, flowEdgeSchema, flowNodeSchema } from '../../../shared/format/flow-schema';
import type { Flow, FlowEdge, FlowNode } from '../../../shared/format/flow-schema';
import { loadFlow, readFlow } from '../../../shared/validation/load-flow';
import { isProfile, kindsForProfile } from '../../../shared/format/profiles';
import { parseJson } from '../../../shared/json/parse-json';
import { translate } from '../i18n/i18n';
import { compactFlow } from './compact-flow';

/** What the editor makes of a file's text. */
export interface LoadedDocument {
  flow: Flow;
  /** Null when the flow can be edited; otherwise the sentence the read-only banner shows. */
  readOnlyReason: string | null;
  diagnostics: Diagnostic[];
}

const NIL_UUID = '00000000-0000-0000-0000-000000000000';

/**
 * Reads a file's text as the editor shows it. A flow loads for editing even with errors (a
 * draft is still work); a file that is not a flow, or is of a newer format than this build
 * understands, opens read-only so nothing half-understood is ever written back, showing
 * whatever nodes and edges can still be recognised.
 *
 * `found` is what loading this same text found, when the host has loaded it already (it
 * validates a flow file as it reads it): the flow is then not validated a second time.
 */
export function loadDocument(text: string, path: string, found?: Diagnostic[] | null): LoadedDocument {
  const parsed = parseJson(text);
  if (!parsed.ok) {
    const where = parsed.line === undefined ? '' : ` (line ${parsed.line}, column ${parsed.column})`;
    const reason = `This file is not valid JSON${where}: ${parsed.message}.`;
    return { flow: bestEffortFlow(undefined, path), readOnlyReason: reason, diagnostics: [] };
  }
  const loaded = found ? { flow: readFlow(parsed.value), diagnostics: found } : loadFlow(parsed.value);
  if (loaded.flow) return { flow: compactFlow(loaded.flow, parsed.value), readOnlyReason: null, diagnostics: loaded.diagnostics };
  const cause = loaded.diagnostics.find((d) => d.code === 'FORMAT_TOO_NEW') ?? loaded.diagnostics.find((d) => d.severity === 'error');
  const reason = cause?.code === 'FORMAT_TOO_NEW' ? cause.message : `This file cannot be edited as a flow: ${cause?.message ?? 'unknown structure'}`;
  return { flow: bestEffortFlow(parsed.value, path), readOnlyReason: reason, diagnostics: loaded.diagnostics };
}

/** A flow built from whatever parts of `value` are recognisable, for showing a file that cannot be edited. */
function bestEffortFlow(value: unknown, path: string): Flow {
  const raw = isRecord(value) ? value : {};
  const profile = isProfile(raw.profile) ? raw.profile : 'conversations';
  const kinds = kindsForProfile(profile);
  const kind = kinds.find((k) => k === raw.kind) ?? kinds[0]!;
  const nodes: FlowNode[] = [];
  for (const node of Array.isArray(raw.nodes) ? raw.nodes : []) {
    const result = flowNodeSchema.safeParse(node);
    if (result.success) nodes.push(result.data);
  }
  const edges: FlowEdge[] = [];
  for (const edge of Array.isArray(raw.edges) ? raw.edges : []) {
    const result = flowEdgeSchema.safeParse(edge);
    if (result.success) edges.push(result.data);
  }
  const fileName = path.split('/').pop() ?? path;
  return {
    format: FLOW_FORMAT,
    version: FLOW_VERSION,
    id: typeof raw.id === 'string' ? raw.id : NIL_UUID,
    name: typeof raw.name === 'string' && raw.name !== '' ? raw.name : fileName.replace(/\.flow\.json$/, ''),
    description: typeof raw.description === 'string' ? raw.description : '',
    profile,
    kind,
    entities: { tags: [], customFields: [], segments: [] },
    nodes,
    edges,
    meta: {},
    extensions: {},
  };
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return value !== null && typeof value === 'object' && !Array.isArray(value);
}

/** Parses a flow file's text for copying; throws when it is not a readable flow. */
export function parseFlowText(text: string): Flow {
  const flow = readFlow(JSON.parse(text) as unknown);
  if (!flow) throw new Error(translate('library.notAFlow'));
  return flow;
}
