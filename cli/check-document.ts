import { basename } from 'node:path';
import { checkWorkspace } from '../shared/validation/check-workspace';
import type { Diagnostic, Severity } from '../shared/format/diagnostic';
import { isToConfigure } from '../shared/format/diagnostic-class';
import { FLOW_FORMAT } from '../shared/format/flow-schema';
import type { Flow } from '../shared/format/flow-schema';
import { loadFlow } from '../shared/validation/load-flow';
import { PACK_FILE_SUFFIX } from '../shared/host/workspace-paths';
import { WORKSPACE_FILE_NAME, WORKSPACE_FORMAT } from '../shared/format/workspace-schema';
import { parseJson } from '../shared/json/parse-json';
import type { ParsedJsonOk } from '../shared/json/parse-json';
import { loadPack } from '../shared/pack/load-pack';
import { PACK_FORMAT } from '../shared/pack/pack-schema';
import { verifyPack } from '../shared/pack/signature/verify-pack';
import { readDocumentFile } from './read-document';

/** A diagnostic as the CLI reports it: the validator's fields plus a place in the file. */
export interface FileDiagnostic {
  severity: Severity;
  /**
   * A validator code, `FILE_UNREADABLE` / `JSON_INVALID` when the file could not be checked at all,
   * or `PACK_TAMPERED` when a pack's signature does not match it.
   */
  code: string;
  message: string;
  flowId?: string;
  nodeId?: string;
  edgeId?: string;
  line?: number;
  column?: number;
  /** The node's name in the document, for the human output. */
  nodeName?: string;
}

/** Everything found about one file. `unreadable` files could not be read or parsed as a JSON document. */
export interface FileReport {
  path: string;
  diagnostics: FileDiagnostic[];
  unreadable: boolean;
}

/** A checked file; a flow file that loaded also carries its flow, for the checks across a folder's flows. */
export interface CheckedDocument {
  report: FileReport;
  flow?: Flow;
  /** Places a diagnostic about this file's flow in the file. */
  place: (diagnostic: Diagnostic) => FileDiagnostic;
}

/** The report of a file that could not be checked: one error with a code saying why. */
export function unreadableReport(
  path: string,
  code: 'FILE_UNREADABLE' | 'JSON_INVALID',
  message: string,
  position: { line?: number; column?: number } = {},
): FileReport {
  const diagnostic: FileDiagnostic = { severity: 'error', code, message };
  if (position.line !== undefined) Object.assign(diagnostic, { line: position.line, column: position.column });
  return { path, diagnostics: [diagnostic], unreadable: true };
}

/**
 * Reads, parses and validates one flow file, pack or workspace settings file. Which it is
 * comes from the document's `format` marker, else from the file name, so a misnamed file
 * is still checked as what it is.
 */
export function checkDocumentFile(path: string, maxBytes: number): CheckedDocument {
  const unplaced = (d: Diagnostic): FileDiagnostic => ({ severity: d.severity, code: d.code, message: d.message });
  const read = readDocumentFile(path, maxBytes);
  if (!read.ok) return { report: unreadableReport(path, 'FILE_UNREADABLE', read.message), place: unplaced };
  const parsed = parseJson(read.bytes);
  if (!parsed.ok) return { report: unreadableReport(path, 'JSON_INVALID', parsed.message, parsed), place: unplaced };
  const root = parsed.value;
  if (!isRecord(root)) {
    const message = `the top-level value is ${describeValue(root)}; a flow or pack document is a JSON object`;
    return { report: unreadableReport(path, 'JSON_INVALID', message, parsed.locate([])), place: unplaced };
  }

  const isWorkspace = root.format === WORKSPACE_FORMAT || (root.format !== FLOW_FORMAT && root.format !== PACK_FORMAT && basename(path) === WORKSPACE_FILE_NAME);
  if (isWorkspace) {
    const placeInFile = (d: Diagnostic): FileDiagnostic => ({ ...unplaced(d), ...parsed.locate(d.path ?? []) });
    return { report: { path, diagnostics: checkWorkspace(root).map(placeInFile), unreadable: false }, place: placeInFile };
  }
  const isPack = root.format === PACK_FORMAT || (root.format !== FLOW_FORMAT && path.endsWith(PACK_FILE_SUFFIX));
  const place = createPlacer(root, isPack, parsed);
  if (isPack) {
    const loaded = loadPack(root);
    const diagnostics = loaded.diagnostics.map(asPackFinding).map(place);
    // Checked on the JSON as read, as push and import check it; no key needs trusting to see a broken seal.
    const signature = verifyPack(root);
    if (signature.status === 'tampered') {
      const message = `the pack's signature does not match it: ${signature.reason ?? 'it was changed after it was signed'}; push and import refuse it unless forced`;
      diagnostics.unshift({ severity: 'error', code: 'PACK_TAMPERED', message, ...parsed.locate(['signature']) });
    }
    return { report: { path, diagnostics, unreadable: false }, place };
  }
  const loaded = loadFlow(root);
  const report = { path, diagnostics: loaded.diagnostics.map(place), unreadable: false };
  return loaded.flow ? { report, flow: loaded.flow, place } : { report, place };
}

/**
 * A finding in a pack's flow as `validate` and `inspect` count it: what a person finishes after
 * importing (a placeholder, a required field left empty) travels in a pack by design, so it is
 * a warning here, not an error that fails the check; it stays an error in the editor and
 * blocks publishing there.
 */
export function asPackFinding(d: Diagnostic): Diagnostic {
  return isToConfigure(d) ? { ...d, severity: 'warning', message: `to configure after import: ${d.message}` } : d;
}

/**
 * Returns a function that places a diagnostic in the file: its line and column, and the
 * name of the node it is about. Id lookups are indexed once per flow, so a large flow with
 * a diagnostic on every node stays linear.
 */
function createPlacer(root: Record<string, unknown>, isPack: boolean, parsed: ParsedJsonOk): (d: Diagnostic) => FileDiagnostic {
  const packFlows = isPack ? asArray(root.flows) : [];
  let flowIndexById: Map<string, number> | undefined;
  const elementIndexes = new Map<unknown, { nodes: Map<string, number>; edges: Map<string, number> }>();
  const elementsOf = (flowDocument: unknown) => {
    let indexes = elementIndexes.get(flowDocument);
    if (!indexes) {
      const record = isRecord(flowDocument) ? flowDocument : {};
      indexes = { nodes: indexById(asArray(record.nodes)), edges: indexById(asArray(record.edges)) };
      elementIndexes.set(flowDocument, indexes);
    }
    return indexes;
  };

  return (d) => {
    // Which flow of a pack: from the path (['flows', 2, ...]), else from the flow id.
    let flowIndex: number | undefined;
    if (isPack) {
      const [first, second] = d.path ?? [];
      if (first === 'flows' && typeof second === 'number') flowIndex = second;
      else if (d.flowId !== undefined) flowIndex = (flowIndexById ??= indexById(packFlows)).get(d.flowId);
    }
    const flowDocument = isPack ? (flowIndex === undefined ? undefined : packFlows[flowIndex]) : root;
    const flowPrefix = flowIndex === undefined ? [] : ['flows', flowIndex];
    const elements = elementsOf(flowDocument);
    const nodeIndex = d.nodeId === undefined ? undefined : elements.nodes.get(d.nodeId);
    const edgeIndex = d.edgeId === undefined ? undefined : elements.edges.get(d.edgeId);

    // Without a JSON path, the node or edge the diagnostic names is the next best place.
    const path =
      d.path ??
      (nodeIndex !== undefined
        ? [...flowPrefix, 'nodes', nodeIndex]
        : edgeIndex !== undefined
          ? [...flowPrefix, 'edges', edgeIndex]
          : flowPrefix);
    const out: FileDiagnostic = { severity: d.severity, code: d.code, message: d.message };
    if (d.flowId !== undefined) out.flowId = d.flowId;
    if (d.nodeId !== undefined) out.nodeId = d.nodeId;
    if (d.edgeId !== undefined) out.edgeId = d.edgeId;
    const position = parsed.locate(path);
    if (position) Object.assign(out, position);
    const node = nodeIndex === undefined || !isRecord(flowDocument) ? undefined : asArray(flowDocument.nodes)[nodeIndex];
    if (isRecord(node) && typeof node.name === 'string') out.nodeName = node.name;
    return out;
  };
}

/** Position of each element by its `id`; the first wins, as duplicates are reported by the validator. */
function indexById(elements: readonly unknown[]): Map<string, number> {
  const index = new Map<string, number>();
  elements.forEach((element, position) => {
    if (isRecord(element) && typeof element.id === 'string' && !index.has(element.id)) index.set(element.id, position);
  });
  return index;
}

function describeValue(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'an array';
  return typeof value === 'number' ? 'a number' : typeof value === 'boolean' ? 'a boolean' : 'a string';
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return value !== null && typeof value === 'object' && !Array.isArray(value);
}

function asArray(value: unknown): unknown[] {
  return Array.isArray(value) ? value : [];
}
