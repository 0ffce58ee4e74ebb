import { loadFlow } from '../../shared/validation/load-flow';
import type { FlowSummary } from '../../shared/host/contract';
import { FLOW_FILE_SUFFIX } from '../../shared/host/workspace-paths';
import { parseJson } from '../../shared/json/parse-json';

/** What the host knows of one flow file: the summary the renderer is sent, and the text a library search looks through. */
export interface SummarisedFlow {
  summary: FlowSummary;
  /** Name, description, step names and step texts, one per line. */
  searchText: string;
}

/** Enough text to find any flow by its steps; a flow of thousands of steps should not make the library heavy. */
const MAX_SEARCH_TEXT = 100_000;

/**
 * What the library shows of one flow file: loaded (parse -> migrate -> validate) exactly as
 * the editor would load it, with its problem counts and the text a search looks through.
 *
 * @remarks
 * A file that cannot be read or parsed, or that is of a newer format than this build, is
 * listed with `editable: false` so it opens read-only, never half-understood.
 */
export function summariseFlowFile(path: string, bytes: Uint8Array): SummarisedFlow {
  const parsed = parseJson(bytes);
  if (!parsed.ok || !isRecord(parsed.value)) return unreadableFlow(path);
  const document = parsed.value;
  const loaded = loadFlow(document);
  const source: Record<string, unknown> = loaded.flow ?? document;
  const name = stringOr(source.name, nameFromPath(path));
  const description = stringOr(source.description, '');
  const nodes = Array.isArray(source.nodes) ? source.nodes.filter(isRecord) : [];
  let errors = 0;
  let warnings = 0;
  for (const d of loaded.diagnostics) {
    if (d.severity === 'error') errors++;
    else if (d.severity === 'warning') warnings++;
  }
  const summary: FlowSummary = {
    id: stringOr(source.id, ''),
    name,
    description,
    profile: stringOr(source.profile, ''),
    kind: stringOr(source.kind, ''),
    errors,
    warnings,
    editable: !loaded.diagnostics.some((d) => d.code === 'FORMAT_TOO_NEW'),
  };
  return { summary, searchText: searchTextOf(name, description, nodes) };
}

/** A file that could not be read as JSON: one error, read-only, found by its name. */
export function unreadableFlow(path: string): SummarisedFlow {
  const name = nameFromPath(path);
  return { summary: { id: '', name, description: '', profile: '', kind: '', errors: 1, warnings: 0, editable: false }, searchText: name };
}

/**
 * Name, description, step names and every string in the steps' configuration, one per line,
 * each distinct text once. Steps repeat their texts (the same message, the same field), and
 * a search word never spans two lines, so a repeat finds nothing the first copy does not: left
 * out, it neither takes the library's memory nor uses up the cap before the last
 * steps of a large flow.
 */
function searchTextOf(name: string, description: string, nodes: readonly Record<string, unknown>[]): string {
  const parts = [name, description];
  const seen = new Set(parts);
  let length = name.length + description.length;
  const add = (text: string) => {
    if (text === '' || length > MAX_SEARCH_TEXT || seen.has(text)) return;
    seen.add(text);
    parts.push(text);
    length += text.length + 1;
  };
  for (const node of nodes) {
    if (typeof node.name === 'string') add(node.name);
    collectStrings(node.config, add, 0);
  }
  return parts.filter((part) => part !== '').join('\n').slice(0, MAX_SEARCH_TEXT);
}

function collectStrings(value: unknown, add: (text: string) => void, depth: number): void {
  // The JSON reader already bounds depth; this keeps a pathological config from costing more than it is worth.
  if (depth > 32) return;
  if (typeof value === 'string') add(value);
  else if (Array.isArray(value)) for (const item of value) collectStrings(item, add, depth + 1);
  else if (isRecord(value)) for (const item of Object.values(value)) collectStrings(item, add, depth + 1);
}

/** `sales/welcome.flow.json` -> `welcome`: what to call a flow whose own name cannot be read. */
function nameFromPath(path: string): string {
  const file = path.slice(path.lastIndexOf('/') + 1);
  return file.endsWith(FLOW_FILE_SUFFIX) ? file.slice(0, -FLOW_FILE_SUFFIX.length) : file;
}

function stringOr(value: unknown, fallback: string): string {
  return typeof value === 'string' ? value : fallback;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return value !== null && typeof value === 'object' && !Array.isArray(value);
}
