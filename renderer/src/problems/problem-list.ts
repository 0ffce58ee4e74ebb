import type { Diagnostic, Severity } from '../../../shared/format/diagnostic';
import type { Flow } from '../../../shared/format/flow-schema';

const SEVERITY_ORDER: Readonly<Record<Severity, number>> = { error: 0, warning: 1, info: 2 };

/** Errors first, then warnings, then notes; within each, the validator's order (stable sort). */
export function sortBySeverity(diagnostics: readonly Diagnostic[]): Diagnostic[] {
  return [...diagnostics].sort((a, b) => SEVERITY_ORDER[a.severity] - SEVERITY_ORDER[b.severity]);
}

/** One entry of the error indicator's list: a step (or connection, or the flow itself) with problems. */
export interface FaultyTarget {
  /** `node:<id>`, `edge:<id>` or `flow`. */
  key: string;
  nodeId?: string;
  edgeId?: string;
  /** The step's name; the edge id or '' for the flow, which the UI labels itself. */
  name: string;
  errors: number;
  warnings: number;
  /** The most severe problem, shown as the entry's detail. */
  first: Diagnostic;
}

/**
 * The steps with problems, for the error indicator: one entry per step (errors before
 * warnings, then in canvas order), then connections, then the flow as a whole.
 */
export function faultyTargets(flow: Pick<Flow, 'nodes'>, diagnostics: readonly Diagnostic[]): FaultyTarget[] {
  const byKey = new Map<string, FaultyTarget>();
  for (const d of sortBySeverity(diagnostics)) {
    if (d.severity === 'info') continue;
    const key = d.nodeId !== undefined ? `node:${d.nodeId}` : d.edgeId !== undefined ? `edge:${d.edgeId}` : 'flow';
    let target = byKey.get(key);
    if (!target) {
      target = { key, name: '', errors: 0, warnings: 0, first: d };
      if (d.nodeId !== undefined) target.nodeId = d.nodeId;
      else if (d.edgeId !== undefined) target.edgeId = d.edgeId;
      byKey.set(key, target);
    }
    if (d.severity === 'error') target.errors++;
    else target.warnings++;
  }
  const nodeIndex = new Map(flow.nodes.map((node, index) => [node.id, index]));
  const names = new Map(flow.nodes.map((node) => [node.id, node.name]));
  const rank = (target: FaultyTarget) =>
    target.nodeId !== undefined ? (nodeIndex.get(target.nodeId) ?? flow.nodes.length) : target.edgeId !== undefined ? flow.nodes.length + 1 : flow.nodes.length + 2;
  return [...byKey.values()]
    .map((target) => ({ ...target, name: target.nodeId !== undefined ? (names.get(target.nodeId) ?? target.nodeId) : (target.edgeId ?? '') }))
    .sort((a, b) => Number(b.errors > 0) - Number(a.errors > 0) || rank(a) - rank(b));
}
