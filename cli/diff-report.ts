import type { Flow } from '../shared/format/flow-schema';
import { changesBehaviour, diffFlows, isEmptyDiff } from '../shared/sync/flow-diff';
import type { ConnectionSummary, FieldChange, FlowDiff, StepSummary } from '../shared/sync/flow-diff';
import type { DiffCounts } from '../shared/sync/diff-counts';
import { formatPath } from '../shared/validation/messages';
import type { ResolvedSide } from './diff-inputs';
import { printable, quoted } from './printable';

/** One side of a comparison as the report names it; `id` and `name` are null for a file that does not exist. */
export interface DiffReportSide {
  source: string;
  id: string | null;
  name: string | null;
}

/** What `flowpack diff --json` prints: the two sides, whether they differ, and the semantic difference. */
export interface DiffReport extends FlowDiff {
  before: DiffReportSide;
  after: DiffReportSide;
  /** No change at all, positions on the canvas included. */
  equal: boolean;
  /** Whether the flow behaves differently (a step only moved on the canvas does not). */
  changesBehaviour: boolean;
}

/**
 * The difference from `before` to `after`. A side that does not exist (a file git reports as
 * added or deleted) is compared as the other flow with no steps, so every step reads as added
 * or removed.
 */
export function buildDiffReport(before: ResolvedSide, after: ResolvedSide): DiffReport {
  const present = (before.flow ?? after.flow)!;
  const stepless: Flow = { ...present, nodes: [], edges: [] };
  const flowDiff = diffFlows(before.flow ?? stepless, after.flow ?? stepless);
  const side = ({ label, flow }: ResolvedSide): DiffReportSide => ({ source: label, id: flow?.id ?? null, name: flow?.name ?? null });
  return { before: side(before), after: side(after), equal: isEmptyDiff(flowDiff), changesBehaviour: changesBehaviour(flowDiff), ...flowDiff };
}

/** The report for a person (and for git, as an external diff): one section per kind of change. */
export function formatDiffReport(report: DiffReport, sides: { before: ResolvedSide; after: ResolvedSide }): string {
  const lines = [`--- ${describeSide(report.before)}`, `+++ ${describeSide(report.after)}`];
  if (report.equal) return `${[...lines, 'No differences.'].join('\n')}\n`;
  const { before, after } = report;
  if (before.id !== null && after.id !== null && before.id !== after.id && sides.before.bindsTo !== after.id) {
    lines.push('Note: these are two different flows (their ids differ); steps are matched by id.');
  }
  if (report.flow.length > 0) lines.push('Flow:', ...report.flow.map((change) => `  ${fieldLine(change)}`));
  const { added, removed, changed } = report.steps;
  if (added.length > 0) lines.push('Steps added:', ...added.map((step) => `  + ${stepLabel(step)}`));
  if (removed.length > 0) lines.push('Steps removed:', ...removed.map((step) => `  - ${stepLabel(step)}`));
  if (changed.length > 0) {
    lines.push('Steps changed:');
    for (const step of changed) {
      lines.push(`  ~ ${stepLabel(step)}`, ...step.fields.map((change) => `      ${fieldLine(change)}`));
      if (step.moved) lines.push('      moved on the canvas');
    }
  }
  // Connections name their steps as the flow that holds them does: removed ones as before, added ones as after.
  const { added: connected, removed: disconnected } = report.connections;
  if (connected.length > 0) lines.push('Connections added:', ...connected.map((edge) => `  + ${connectionLabel(edge, sides.after.flow)}`));
  if (disconnected.length > 0) lines.push('Connections removed:', ...disconnected.map((edge) => `  - ${connectionLabel(edge, sides.before.flow)}`));
  return `${lines.join('\n')}\n`;
}

function describeSide(side: DiffReportSide): string {
  if (side.id === null) return `${printable(side.source)} (no flow)`;
  return `${printable(side.source)}  ${quoted(side.name ?? '')} ${side.id}`;
}

const stepLabel = (step: StepSummary) => `${quoted(step.name)} (${printable(step.type)}, id ${printable(step.id)})`;

function fieldLine(change: FieldChange): string {
  const where = printable(formatPath(change.path));
  if (change.change === 'added') return `${where}: added ${valueText(change.after)}`;
  if (change.change === 'removed') return `${where}: removed (was ${valueText(change.before)})`;
  return `${where}: ${valueText(change.before)} -> ${valueText(change.after)}`;
}

/** A value on one line, as JSON writes it, with nothing that could alter the terminal. */
const valueText = (value: unknown) => (value === undefined ? 'nothing' : printable(JSON.stringify(value)));

function connectionLabel(edge: ConnectionSummary, flow: Flow | undefined): string {
  const name = (id: string) => {
    const node = flow?.nodes.find((candidate) => candidate.id === id);
    return node ? quoted(node.name) : printable(id);
  };
  return `${name(edge.source)} [${printable(edge.sourcePort)}] -> ${name(edge.target)}`;
}

/** The counts in one short line for a person ("2 steps added, 1 connection removed"); only what changed. */
export function formatDiffCounts(counts: DiffCounts): string {
  const plural = (n: number, one: string) => `${n} ${one}${n === 1 ? '' : 's'}`;
  const parts = [
    counts.flowFields > 0 ? `${plural(counts.flowFields, 'flow field')} changed` : '',
    counts.stepsAdded > 0 ? `${plural(counts.stepsAdded, 'step')} added` : '',
    counts.stepsRemoved > 0 ? `${plural(counts.stepsRemoved, 'step')} removed` : '',
    counts.stepsChanged > 0 ? `${plural(counts.stepsChanged, 'step')} changed` : '',
    counts.connectionsAdded > 0 ? `${plural(counts.connectionsAdded, 'connection')} added` : '',
    counts.connectionsRemoved > 0 ? `${plural(counts.connectionsRemoved, 'connection')} removed` : '',
  ].filter(Boolean);
  return parts.length === 0 ? 'no change' : parts.join(', ');
}
