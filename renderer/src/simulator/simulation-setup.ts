import type { Scalar, WorldQuestion } from '../../../shared/catalog/behaviour';
import { findStepType } from '../../../shared/catalog/registry';
import type { Flow, FlowNode } from '../../../shared/format/flow-schema';
import type { Profile } from '../../../shared/format/profiles';
import type { FlowTestCaseInput } from '../../../shared/runtime/flow-test-schema';

/** The subject of a flow test as written in its file. */
export type TestSubject = NonNullable<FlowTestCaseInput['subject']>;

/** One field of the test subject as the panel edits it. */
export interface FieldRow {
  key: string;
  value: string;
}

/** One answer of the outside world the user set for a step. */
export interface WorldRow {
  nodeId: string;
  question: WorldQuestion;
  answer: string;
}

/** What a simulation starts from: the trigger, the test contact (or card, or call), the world's answers. */
export interface SimulationSetup {
  triggerId: string | null;
  name: string;
  fields: readonly FieldRow[];
  tags: readonly string[];
  world: readonly WorldRow[];
  /** When the run starts, ISO 8601: a Monday morning, so business hours read as open unless the user says otherwise. */
  at: string;
}

/** The flow's triggers, in document order: where a simulation can start. */
export function triggersOf(flow: Flow): FlowNode[] {
  return flow.nodes.filter((node) => findStepType(flow.profile, node.type)?.role === 'trigger');
}

export const DEFAULT_START = '2026-01-05T09:00:00Z';

export function defaultSetup(triggerId: string | null): SimulationSetup {
  return { triggerId, name: 'Test Contact', fields: [], tags: [], world: [], at: DEFAULT_START };
}

/**
 * The answers the world's questions usually get, offered as suggestions (each step type reads
 * its own: a message's `delivery` "failed", an assignment's `team` "empty"); any text may be typed.
 */
export const WORLD_SUGGESTIONS: Readonly<Partial<Record<WorldQuestion, readonly string[]>>> = {
  delivery: ['failed'],
  team: ['empty', 'busy'],
  transfer: ['failed'],
  hours: ['closed', 'open'],
  segment: ['yes', 'no'],
  products: ['yes', 'no'],
};

/** A typed field value: numbers and true/false as such, the rest as text, as a contact's fields hold them. */
function scalarOf(text: string): Scalar {
  const trimmed = text.trim();
  if (trimmed === 'true' || trimmed === 'false') return trimmed === 'true';
  if (trimmed !== '' && Number.isFinite(Number(trimmed))) return Number(trimmed);
  return text;
}

/** The subject the setup describes, shaped for the flow's profile (a contact with a conversation, a card, a call). */
export function subjectOf(setup: SimulationSetup, profile: Profile): TestSubject {
  const fields = Object.fromEntries(setup.fields.filter((row) => row.key.trim() !== '').map((row) => [row.key.trim(), scalarOf(row.value)]));
  const tags = [...new Set(setup.tags.map((tag) => tag.trim()).filter((tag) => tag !== ''))];
  const base = { id: 'test-contact', name: setup.name.trim() || 'Test Contact', fields, tags };
  if (profile === 'pipeline') return { ...base, id: 'test-card', card: { links: [] } };
  if (profile === 'contact-center') return { ...base, id: 'test-call', call: {} };
  return { ...base, conversation: { open: true } };
}

/** The world's answers by node, as a run and a flow test take them. */
export function worldOf(setup: SimulationSetup): Record<string, Partial<Record<WorldQuestion, string>>> {
  const world: Record<string, Partial<Record<WorldQuestion, string>>> = {};
  for (const row of setup.world) {
    if (row.answer.trim() === '') continue;
    world[row.nodeId] = { ...world[row.nodeId], [row.question]: row.answer.trim() };
  }
  return world;
}

/** The flow test a simulation stands for, without its expectations (the run gives them). */
export function testStartOf(setup: SimulationSetup, profile: Profile): Omit<FlowTestCaseInput, 'name' | 'inputs' | 'expect'> {
  return {
    ...(setup.triggerId ? { trigger: setup.triggerId } : {}),
    at: setup.at,
    subject: subjectOf(setup, profile),
    world: worldOf(setup),
  };
}
