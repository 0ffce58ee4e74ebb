import type { Diagnostic } from '../../../shared/format/diagnostic';
import { serializeFlow } from '../../../shared/format/flow-file';
import type { Flow } from '../../../shared/format/flow-schema';

/** Which nodes and edges are selected on a document's canvas (view state, never saved). */
export interface DocumentSelection {
  nodes: string[];
  edges: string[];
}

/**
 * A request for the canvas to bring a node or edge into view (and open the properties
 * drawer for a node). `seq` grows with every request so asking twice for the same target
 * is still seen as a new request.
 */
export interface FocusRequest {
  nodeId?: string;
  edgeId?: string;
  seq: number;
}

/** One flow open in the editor: its content, what is on disk, its problems and its view state. */
export interface OpenDocument {
  /** The workspace path the document was opened from; it identifies the document. */
  id: string;
  path: string;
  flow: Flow;
  /** The revision of the file as last read or written; null for a flow never saved. */
  revision: string | null;
  /**
   * The content as last read or written; null for a flow never saved. Dirtiness compares
   * content with it rather than with the file's text, so a hand-written file (other key
   * order, no trailing newline) is not dirty just for being opened, and no keystroke has to
   * serialise a large flow to know. The text itself is not kept: it would double the memory
   * a large flow takes, and the revision already identifies what is on disk.
   */
  cleanFlow: Flow | null;
  /** Why the document cannot be edited (a newer format, a file that is not a flow); null when editable. */
  readOnlyReason: string | null;
  /** The tab's name when the flow's name does not tell it apart (a tenant's revision: "Revision 2: Welcome"). */
  tabName?: string;
  /** Every problem of the current content, kept current on each change. */
  diagnostics: Diagnostic[];
  selection: DocumentSelection;
  focusRequest: FocusRequest | null;
  canUndo: boolean;
  canRedo: boolean;
}

/**
 * The last serialisation, kept briefly. Serialising a 5,000-step flow takes tens of
 * milliseconds and a save needs it twice (to write, then to confirm what was written), but
 * the text is as large as the file: kept for as long as the content is unchanged, it would
 * double a large flow's memory after every save.
 */
let lastSerialized: { flow: Flow; text: string } | null = null;
let forgetTimer: ReturnType<typeof setTimeout> | undefined;
/** Long enough for a save's write to come back. */
const KEEP_SERIALIZED_MS = 10_000;

/** The canonical file text of the document's current content (what Save writes). */
export function serializeDocument(doc: Pick<OpenDocument, 'flow'>): string {
  if (lastSerialized?.flow !== doc.flow) lastSerialized = { flow: doc.flow, text: serializeFlow(doc.flow) };
  clearTimeout(forgetTimer);
  forgetTimer = setTimeout(() => {
    lastSerialized = null;
  }, KEEP_SERIALIZED_MS);
  return lastSerialized.text;
}

/** True when the content differs from what is on disk (always for a flow never saved). */
export function isDirty(doc: Pick<OpenDocument, 'flow' | 'cleanFlow' | 'readOnlyReason'>): boolean {
  if (doc.readOnlyReason !== null) return false;
  if (doc.cleanFlow === null) return true;
  return !sameJson(doc.flow, doc.cleanFlow);
}

/**
 * Whether two JSON values have the same content (key order and absent-versus-undefined
 * aside, as in the canonical file). Immer shares every unchanged part between versions of a
 * flow, so comparing a flow with an earlier version visits little more than the node list.
 */
export function sameJson(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) return false;
  if (Array.isArray(a) !== Array.isArray(b)) return false;
  if (Array.isArray(a)) {
    const other = b as unknown[];
    return a.length === other.length && a.every((item, index) => sameJson(item, other[index]));
  }
  const left = a as Record<string, unknown>;
  const right = b as Record<string, unknown>;
  const keys = Object.keys(left).filter((key) => left[key] !== undefined);
  if (keys.length !== Object.keys(right).filter((key) => right[key] !== undefined).length) return false;
  return keys.every((key) => Object.hasOwn(right, key) && sameJson(left[key], right[key]));
}

/** How many errors the document has. */
export function errorCount(doc: Pick<OpenDocument, 'diagnostics'>): number {
  return doc.diagnostics.reduce((count, d) => (d.severity === 'error' ? count + 1 : count), 0);
}

/** How many warnings the document has. */
export function warningCount(doc: Pick<OpenDocument, 'diagnostics'>): number {
  return doc.diagnostics.reduce((count, d) => (d.severity === 'warning' ? count + 1 : count), 0);
}

/** A selection with nothing in it. */
export const EMPTY_SELECTION: DocumentSelection = Object.freeze({ nodes: [], edges: [] }) as DocumentSelection;
