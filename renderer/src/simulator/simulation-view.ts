import type { TFunction } from 'i18next';
import type { EffectDetail, EffectKind } from '../../../shared/catalog/behaviour';
import type { Flow } from '../../../shared/format/flow-schema';
import type { Locale } from '../../../shared/locales/locales';
import type { TestInput } from '../../../shared/runtime/flow-test-schema';
import type { RecordedEffect, RunState } from '../../../shared/runtime/run-state';
import type { FlowRunMarks } from '../documents/run-marks';
import { formatDateTime } from '../i18n/format';

// What the Simulate panel shows of a run, worded in the UI's language. Types only from the
// runtime: this module draws, it does not run flows.

/** The effects the contact (or caller) receives: the transcript shows them as the flow's side of the conversation. */
const RECEIVED: ReadonlySet<EffectKind> = new Set(['messageSent', 'messageFailed', 'questionAsked', 'promptPlayed']);

export type TranscriptEntry = { from: 'flow'; effect: RecordedEffect } | { from: 'contact'; input: TestInput };

/**
 * The conversation as the contact would see it: what the flow sent, and what was given to the
 * run (a reply, digits, time passing) in between, in order. `runs[i]` is the run after `i` inputs.
 */
export function transcriptOf(runs: readonly RunState[], inputs: readonly TestInput[]): TranscriptEntry[] {
  const entries: TranscriptEntry[] = [];
  let seen = 0;
  runs.forEach((run, index) => {
    if (index > 0 && inputs[index - 1]) entries.push({ from: 'contact', input: inputs[index - 1]! });
    for (const effect of run.effects.slice(seen)) if (RECEIVED.has(effect.kind)) entries.push({ from: 'flow', effect });
    seen = run.effects.length;
  });
  return entries;
}

/**
 * The canvas outline of a run: every step of the flow it passed through, the one it waits or
 * ended at, and each connection it took (a step's port to the next step of the path). Steps of
 * flows it called are not on this canvas.
 */
export function runMarksOf(flow: Flow, run: RunState): FlowRunMarks {
  const path = run.path.filter((step) => step.flowId === run.flowId);
  const steps: Record<string, 'passed' | 'current'> = {};
  for (const step of path) steps[step.nodeId] = 'passed';
  const last = run.waiting?.flowId === run.flowId ? run.waiting.nodeId : path.at(-1)?.nodeId;
  if (last !== undefined) steps[last] = 'current';
  const edgeOf = new Map(flow.edges.map((edge) => [`${edge.source}\u0000${edge.sourcePort}\u0000${edge.target}`, edge.id]));
  const connections = new Set<string>();
  path.forEach((step, index) => {
    const next = path[index + 1];
    const id = next && step.port !== undefined ? edgeOf.get(`${step.nodeId}\u0000${step.port}\u0000${next.nodeId}`) : undefined;
    if (id !== undefined) connections.add(id);
  });
  return { steps, connections: [...connections] };
}

const UNITS = [
  ['days', 86_400],
  ['hours', 3_600],
  ['minutes', 60],
  ['seconds', 1],
] as const;

/** A span of virtual time in words ("7 days later"), in the largest unit that gives a whole number. */
export function laterText(t: TFunction, seconds: number): string {
  const [unit, size] = UNITS.find(([, size]) => seconds >= size && seconds % size === 0) ?? UNITS[3];
  return t(`simulator.later.${unit}`, { count: Math.max(1, Math.round(seconds / size)) });
}

/** How long until a waiting run's deadline, in whole seconds (what a flow test's `wait` input takes). */
export function secondsUntil(run: RunState): number | undefined {
  const deadline = run.waiting?.deadline;
  return deadline === undefined ? undefined : Math.max(1, Math.ceil((deadline - run.now) / 1000));
}

/** How the run stands: "Waiting for a reply until 12 Jan 2026, 09:00", "Taken out: message not delivered". */
export function outcomeText(t: TFunction, run: RunState, locale: Locale): string {
  if (run.status === 'waiting' && run.waiting) {
    const waiting = t(`simulator.outcome.waiting.${run.waiting.for}`);
    const deadline = run.waiting.deadline;
    return deadline === undefined ? waiting : t('simulator.outcome.until', { waiting, deadline: formatDateTime(deadline, locale) });
  }
  const reason = run.ended ?? 'completed';
  return t(`simulator.outcome.ended.${reason}`, { defaultValue: t('simulator.outcome.endedOther', { reason }) });
}

/** An effect's kind in words; a kind added to the runtime without words yet shows its code. */
export function effectKindText(t: TFunction, kind: EffectKind): string {
  return t(`simulator.effect.${kind}`, { defaultValue: kind });
}

/** An effect's details as the values it names (the tag, the field and its value, the text), joined. */
export function detailText(detail: EffectDetail | undefined): string {
  return Object.values(detail ?? {})
    .map((value) => (Array.isArray(value) ? value.join(', ') : String(value)))
    .filter((value) => value !== '')
    .join(' · ');
}

/** What was given to the run, in words, for the transcript. */
export function inputText(t: TFunction, input: TestInput): string {
  if ('reply' in input) return t('simulator.input.reply', { text: input.reply });
  if ('digits' in input) return t('simulator.input.digits', { digits: input.digits });
  if ('http' in input) return t('simulator.input.http', { status: input.http.status });
  if ('agent' in input) return t('simulator.input.agent', { name: input.agent });
  return t('simulator.input.wait', { later: laterText(t, input.wait) });
}
