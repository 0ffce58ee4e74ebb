import type { Diagnostic } from '../format/diagnostic';
import { FLOW_MIGRATIONS } from '../format/flow-migrations';
import { FLOW_FORMAT, FLOW_VERSION, flowEnvelopeSchema, flowSchema } from '../format/flow-schema';
import { isWellFormedEdge, isWellFormedNode } from '../format/well-formed';
import type { Flow } from '../format/flow-schema';
import { isRecord } from '../format/json-paths';
import { migrate } from '../format/migrations';
import { diagnostic } from './messages';
import { validate } from './validator';
import type { ValidationContext } from './validator';

export interface LoadedFlow {
  /** The document with defaults filled in, when it is structurally a flow (it may still have errors). */
  flow: Flow | undefined;
  diagnostics: Diagnostic[];
}

/**
 * Loading is parse -> migrate -> validate: `value` is parsed JSON; older versions are
 * migrated step by step; a version newer than this build is refused with FORMAT_TOO_NEW
 * rather than read half-understood.
 */
export function loadFlow(value: unknown, context?: ValidationContext): LoadedFlow {
  const read = migrated(value);
  if ('refusal' in read) return { flow: undefined, diagnostics: [read.refusal] };
  return { flow: structureOf(read.document), diagnostics: validate(read.document, context) };
}

/**
 * The flow {@link loadFlow} would give for `value`, without validating it: for a caller that
 * only needs the document, or that has the diagnostics of the same text already (the host
 * validates a flow file as it reads it, so the editor need not do it again on open).
 */
export function readFlow(value: unknown): Flow | undefined {
  const read = migrated(value);
  return 'refusal' in read ? undefined : structureOf(read.document);
}

/** `value` migrated to this build's version, or the error refusing it when it is older than any migration. */
function migrated(value: unknown): { document: unknown } | { refusal: Diagnostic } {
  if (!isRecord(value) || value.format !== FLOW_FORMAT) return { document: value };
  const result = migrate(value, FLOW_MIGRATIONS, FLOW_VERSION);
  if (result.ok) return { document: result.document };
  if (result.reason === 'too-old') {
    const detail = `version ${result.version} is older than any this build can migrate`;
    return { refusal: diagnostic('error', 'FORMAT_INVALID', { where: 'version', detail }, { path: ['version'] }) };
  }
  // 'too-new' and 'no-version' are reported by the validator with the rest.
  return { document: value };
}

/**
 * The document as a {@link Flow}, or undefined when it is not structurally one.
 *
 * @remarks
 * Steps and connections of the ordinary shape (well-formed.ts; nearly every file) are taken
 * as they are, and only the rest of the document goes through the schema, which fills in its
 * defaults: a full parse would copy every step of a large flow, and compile the schema's
 * checks for thousands of objects, only to give back equal objects.
 */
function structureOf(document: unknown): Flow | undefined {
  if (isRecord(document) && allWellFormed(document.nodes, isWellFormedNode) && allWellFormed(document.edges, isWellFormedEdge)) {
    const { nodes, edges, ...rest } = document;
    const envelope = flowEnvelopeSchema.safeParse(rest);
    if (!envelope.success) return undefined;
    // The schema's key order, as a full parse gives it: writers and the tenant store keep it.
    const { meta, extensions, ...head } = envelope.data;
    return { ...head, nodes: nodes as Flow['nodes'], edges: edges as Flow['edges'], meta, extensions };
  }
  const structure = flowSchema.safeParse(document);
  return structure.success ? structure.data : undefined;
}

function allWellFormed(value: unknown, isWellFormed: (item: unknown) => boolean): boolean {
  return Array.isArray(value) && value.every(isWellFormed);
}
