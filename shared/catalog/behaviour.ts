import { sameEntity } from '../format/entity-ref';
import type { EntityRef } from '../format/entity-ref';
import type { FlowNode } from '../format/flow-schema';
import type { FlowKind } from '../format/profiles';
import type { Signal, StepType } from './types';

/**
 * How step types behave when a flow runs: the contract between each type's behaviour (a
 * `*.run.ts` file beside its declaration) and the interpreter in shared/runtime. Behaviours are
 * pure and deterministic: they read the run, never the clock or the network, and say what
 * happens next; whatever the outside world decides (a reply, a digit, an HTTP answer, whether a
 * message could be delivered) reaches them from the caller.
 */

/** A value a contact, card or call field holds, or a run variable. */
export type Scalar = string | number | boolean;

/** Who or what a run is about: a contact (conversations, journeys), a card (pipeline), a call (contact-center). */
export interface Subject {
  id: string;
  name: string;
  /** Field values by key: contact fields, custom fields, call data. */
  fields: Readonly<Record<string, Scalar>>;
  /** Tag names. */
  tags: readonly string[];
  /** Segments the contact belongs to (journeys), by name. */
  segments?: readonly string[];
  /** The contact's conversation (conversations). */
  conversation?: { open: boolean; channel?: string; assignee?: string };
  /** The card's column and the contacts linked to it (pipeline). */
  card?: { column?: string; links: readonly { name: string; kind: 'person' | 'company' }[] };
  /** The caller's and the dialled number (contact-center). */
  call?: { from?: string; to?: string };
}

/** The kinds of effect a run records: what the contact, card or call would see or undergo. */
export const EFFECT_KINDS = [
  'messageSent',
  'messageFailed',
  'questionAsked',
  'answerSaved',
  'tagAdded',
  'tagRemoved',
  'fieldSet',
  'assigned',
  'unassigned',
  'commentAdded',
  'conversationOpened',
  'conversationClosed',
  'workflowTriggered',
  'httpRequested',
  'taskCreated',
  'emailSent',
  'feedPosted',
  'cardMoved',
  'integrationCalled',
  'promptPlayed',
  'digitsCollected',
  'callQueued',
  'callTransferred',
  'transferFailed',
  'dispositionSet',
  'callEnded',
] as const;
export type EffectKind = (typeof EFFECT_KINDS)[number];

/** What one effect says, as plain values so a flow test can compare and a transcript can show it. */
export type EffectDetail = Readonly<Record<string, Scalar | readonly string[]>>;

/** One effect as a behaviour reports it; the interpreter adds where and when. */
export interface EffectInput {
  kind: EffectKind;
  detail?: EffectDetail;
}

/** What resumes a waiting step. */
export type RunInput =
  | { kind: 'reply'; text: string }
  | { kind: 'digits'; digits: string }
  | { kind: 'http'; status: number; body?: string }
  | { kind: 'agent'; name: string }
  | { kind: 'timeout' };

/** What a waiting step waits for; `deadline` passing resumes it with a timeout. */
export type WaitFor = 'reply' | 'digits' | 'http' | 'agent' | 'time';

/**
 * Answers the outside world gives at once, per node, that the flow cannot know: whether a
 * message could be delivered, whether anyone can take an assignment or a transfer, whether the
 * business is open, whether the contact is in a segment or matches a product filter by now. Absent, the world says the ordinary thing (delivered, someone available,
 * open); a simulator lets the user change one and a flow test records it.
 */
export const WORLD_QUESTIONS = ['delivery', 'team', 'transfer', 'hours', 'card', 'segment', 'products'] as const;
export type WorldQuestion = (typeof WORLD_QUESTIONS)[number];

/** Everything a behaviour may read while its step runs. */
export interface StepRun<Config = Record<string, unknown>> {
  node: FlowNode;
  config: Config;
  /**
   * The kind of the flow the step is in (contact-center customer or reusable): an End hangs up
   * in a customer flow and returns in a reusable one. Absent where a caller builds a run by hand.
   */
  flowKind?: FlowKind;
  /** The virtual clock, in milliseconds since the epoch. */
  now: number;
  subject: Subject;
  variables: Readonly<Record<string, Scalar>>;
  /** The world's answer to `question` at this step (see {@link WORLD_QUESTIONS}), if one was given. */
  world(question: WorldQuestion): string | undefined;
  /** `text` with its `{{contact.firstName}}`-style placeholders filled from the subject and variables. */
  fill(text: string): string;
}

/** Changes a step makes to the run besides its effects. */
export interface RunChanges {
  effects?: readonly EffectInput[];
  /** Run variables to set (a saved answer, collected digits). */
  variables?: Readonly<Record<string, Scalar>>;
}

/**
 * Why a run ended. `completed`: the flow's path came to its end (in a called flow, the caller goes
 * on); `handedOver`: the call left the flow for an agent or a transfer's destination.
 */
export const END_REASONS = ['completed', 'deliveryFailed', 'conversationClosed', 'callEnded', 'stepLimit', 'ejected', 'handedOver'] as const;
export type EndReason = (typeof END_REASONS)[number];

/** What happens after a step ran: continue at a port or at a node, wait, end, or run another flow and come back. */
export type StepResult =
  | (RunChanges & { next: string })
  | (RunChanges & { jump: string })
  | (RunChanges & { wait: WaitFor; deadline?: number })
  | (RunChanges & { end: EndReason })
  | (RunChanges & { call: EntityRef; returnPort: string });

export interface StepBehaviour<Config = Record<string, unknown>> {
  /** What the step does when the run reaches it. */
  enter(run: StepRun<Config>): StepResult;
  /** What it does when what it waits for comes (a reply, a digit, its deadline). */
  resume?(run: StepRun<Config>, input: RunInput): StepResult;
}

/** A platform event: what starts runs and what waiting runs hear. */
export interface RunEvent {
  /** The event's name as triggers listen for it (`conversation.opened`, `tag.added`). */
  event: string;
  /** The entity it concerns (the tag added, the column entered), when there is one. */
  ref?: EntityRef;
  /** Further facts about it (the channel, the form's answers). */
  data?: Readonly<Record<string, Scalar>>;
}

export interface TriggerBehaviour<Config = Record<string, unknown>> {
  /** Whether `event` starts this trigger's flow. */
  starts(config: Config, event: RunEvent): boolean;
  /** An event that starts it: what a simulation offers to start with. */
  sampleEvent(config: Config): RunEvent;
}

/** The behaviour of every type of a profile, by type name. */
export type ProfileBehaviours = Readonly<Record<string, StepBehaviour<any> | TriggerBehaviour<any>>>; // eslint-disable-line @typescript-eslint/no-explicit-any -- each entry has its own config type

/** The config type of a step type declaration: `ConfigOf<typeof askQuestion>`. */
export type ConfigOf<T> = T extends StepType<infer Config> ? Config : never;

/** Declares a step's behaviour with its type's config (`stepBehaviour<ConfigOf<typeof askQuestion>>({ ... })`). */
export function stepBehaviour<Config>(behaviour: StepBehaviour<Config>): StepBehaviour<Config> {
  return behaviour;
}

/** Declares a trigger's behaviour with its type's config. */
export function triggerBehaviour<Config>(behaviour: TriggerBehaviour<Config>): TriggerBehaviour<Config> {
  return behaviour;
}

/** Whether `event` is one of `signals` (a trigger's `listens`): the same name, and the same entity when the signal names one. */
export function heardIn(signals: readonly Signal[], event: RunEvent): boolean {
  return signals.some((signal) => signal.event === event.event && (!signal.ref || (event.ref !== undefined && sameEntity(signal.ref, event.ref))));
}
