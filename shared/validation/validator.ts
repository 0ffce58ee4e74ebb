import { profileCatalog } from '../catalog/registry';
import type { Diagnostic } from '../format/diagnostic';
import { flowEdgeSchema } from '../format/flow-schema';
import type { FlowEdge } from '../format/flow-schema';
import { isWellFormedEdge } from '../format/well-formed';
import type { FlowKind, Profile } from '../format/profiles';
import { connectionsMemo, resolveConnections } from './connections';
import { checkEnvelope } from './envelope-check';
import { checkFlowReferences } from './flow-references';
import type { FlowSummary } from './flow-references';
import { checkGraph } from './graph-check';
import type { EdgeReport } from './graph-check';
import { diagnostic, formatPath } from './messages';
import { isRecord } from '../format/json-paths';
import { checkNode, NO_DIAGNOSTICS } from './node-check';
import type { NodeReport } from './node-check';
import { utf8Length, utf8SizeOver } from './utf8-length';
import { summariseIssues } from './zod-issues';

export interface ValidationContext {
  /** Other flows of the same workspace or pack by id, for checks across flows (flow kinds). */
  flows?: ReadonlyMap<string, FlowSummary>;
}

/** Validates flow documents, remembering per-node and per-edge results between calls. */
export interface Validator {
  /**
   * All diagnostics of `doc`. Nodes and edges that are the same objects as in an earlier
   * call are not checked again, so after an edit only the edited parts and the
   * whole-flow checks run. Never throws.
   */
  validate(doc: unknown, context?: ValidationContext): Diagnostic[];
}

/** A validator for one document being edited; keep it for the document's lifetime. */
export function createValidator(): Validator {
  return makeValidator(new WeakMap(), new WeakMap(), true);
}

/** Caches are optional: a one-shot validation has nothing to reuse and would only pay for filling them. */
interface Cache<V> {
  get(key: object): V | undefined;
  set(key: object, value: V): unknown;
}
const NO_CACHE: Cache<never> = { get: () => undefined, set: () => undefined };

function makeValidator(nodeCache: Cache<NodeReport>, edgeCache: Cache<EdgeReport>, remembers: boolean): Validator {
  const connectionsFor = remembers ? connectionsMemo() : (flowId: string | undefined, ids: (string | undefined)[], _raw: unknown, edges: readonly EdgeReport[]) => resolveConnections(flowId, ids, edges);

  function nodeReport(raw: unknown, profile: Profile, kind: FlowKind): NodeReport {
    if (!isRecord(raw)) return checkNode(raw, profile, kind);
    const cached = nodeCache.get(raw);
    if (cached && cached.profile === profile && cached.kind === kind) return cached;
    const report = checkNode(raw, profile, kind);
    nodeCache.set(raw, report);
    return report;
  }

  function edgeReport(raw: unknown): EdgeReport {
    const cached = isRecord(raw) ? edgeCache.get(raw) : undefined;
    if (cached) return cached;
    const id = isRecord(raw) && typeof raw.id === 'string' ? raw.id : undefined;
    if (isWellFormedEdge(raw)) {
      const report: EdgeReport = { id, edge: raw as FlowEdge, diagnostics: NO_DIAGNOSTICS, size: undefined };
      edgeCache.set(raw as object, report);
      return report;
    }
    const parsed = flowEdgeSchema.safeParse(raw);
    const report: EdgeReport = { id, edge: parsed.data, diagnostics: NO_DIAGNOSTICS, size: undefined };
    if (!parsed.success) {
      report.diagnostics = summariseIssues(parsed.error, raw).map((issue) => {
        const where = formatPath(['connection', ...issue.path]);
        return diagnostic('error', 'FORMAT_INVALID', { where, detail: issue.detail }, { edgeId: id, path: issue.path });
      });
    }
    if (isRecord(raw)) edgeCache.set(raw, report);
    return report;
  }

  function run(doc: unknown, context: ValidationContext): Diagnostic[] {
    const envelope = checkEnvelope(doc);
    const out = envelope.diagnostics;
    const { profile, kind, flowId } = envelope;
    if (!envelope.checkable || !profile || !kind) return out;
    const catalog = profileCatalog(profile);
    const flow = flowId === undefined ? {} : { flowId };

    const nodes = envelope.nodes.map((raw) => nodeReport(raw, profile, kind));
    const edgeReports = envelope.edges.map(edgeReport);
    nodes.forEach((report, index) => {
      for (const d of report.diagnostics) out.push({ ...d, ...flow, path: ['nodes', index, ...(d.path ?? [])] });
    });
    edgeReports.forEach((report, index) => {
      for (const d of report.diagnostics) out.push({ ...d, ...flow, path: ['edges', index, ...(d.path ?? [])] });
    });
    const connections = connectionsFor(flowId, nodes.map((report) => report.id), envelope.edges, edgeReports);
    out.push(...checkGraph({ flowId, catalog, nodes, edges: edgeReports, connections }));
    if (flowId !== undefined && context.flows) out.push(...checkFlowReferences(flowId, nodes, context.flows));

    const maxBytes = catalog.limits.maxBytes;
    if (maxBytes !== undefined) {
      // Without caches there is nothing to re-measure later: one native pass over the whole document is cheapest.
      const size = remembers
        ? documentSize(doc as Record<string, unknown>, envelope.nodes, nodes, envelope.edges, edgeReports)
        : (utf8SizeOver(JSON.stringify(doc), maxBytes) ?? 0);
      if (size > maxBytes) {
        const kb = (bytes: number) => Math.ceil(bytes / 1024);
        out.push(diagnostic('error', 'LIMIT_SIZE', { size: kb(size), max: kb(maxBytes), profile }, { ...flow, path: [] }));
      }
    }
    return out;
  }

  return {
    validate(doc, context = {}) {
      try {
        return run(doc, context);
      } catch (error) {
        // A defect in a check must not take the editor or the CLI down with it; say so instead.
        const detail = `the validator failed on this document (${error instanceof Error ? error.message : String(error)})`;
        return [diagnostic('error', 'FORMAT_INVALID', { where: '(document)', detail }, { path: [] })];
      }
    },
  };
}

/**
 * Size of the document as compact JSON in UTF-8, the measure platform import limits use.
 * Node and edge sizes are cached with their reports so an edit re-measures only what changed.
 */
export function documentSize(
  doc: Record<string, unknown>,
  rawNodes: readonly unknown[],
  nodes: NodeReport[],
  rawEdges: readonly unknown[],
  edges: EdgeReport[],
): number {
  const { nodes: _nodes, edges: _edges, ...rest } = doc;
  // The two arrays and their separating commas: `,"nodes":[a,b],"edges":[c]`.
  let size = utf8Length(JSON.stringify(rest)) + ',"nodes":[],"edges":[]'.length + Math.max(nodes.length - 1, 0) + Math.max(edges.length - 1, 0);
  nodes.forEach((entry, index) => {
    size += entry.size ??= utf8Length(JSON.stringify(rawNodes[index]) ?? 'null');
  });
  edges.forEach((entry, index) => {
    size += entry.size ??= edgeSize(entry, rawEdges[index]);
  });
  return size;
}

const EDGE_FRAME = '{"id":"","source":"","sourcePort":"","target":""}'.length;

/** A parsed edge's ids are plain ASCII (the id pattern), so only its port name and extensions need encoding. */
function edgeSize(entry: EdgeReport, raw: unknown): number {
  const edge = entry.edge;
  if (!edge) return utf8Length(JSON.stringify(raw) ?? '');
  let size = EDGE_FRAME + edge.id.length + edge.source.length + edge.target.length + utf8Length(JSON.stringify(edge.sourcePort)) - 2;
  if (edge.extensions) size += ',"extensions":'.length + utf8Length(JSON.stringify(edge.extensions));
  return size;
}

/** Validates one flow document from scratch. Never throws. */
export function validate(doc: unknown, context?: ValidationContext): Diagnostic[] {
  return makeValidator(NO_CACHE, NO_CACHE, false).validate(doc, context);
}

/**
 * {@link validate}, filing each node's report in `reports` (keyed by the node object) so
 * that checks across a set of flows can reuse them instead of checking every node again.
 */
export function validateKeepingReports(doc: unknown, context: ValidationContext, reports: WeakMap<object, NodeReport>): Diagnostic[] {
  return makeValidator(reports, NO_CACHE, false).validate(doc, context);
}
