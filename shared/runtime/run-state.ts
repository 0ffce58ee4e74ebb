import type { EffectInput, EndReason, RunEvent, Scalar, Subject, WaitFor, WorldQuestion } from '../catalog/behaviour';

/** One step a run went through: when it entered and the port it left by (none while it waits or where it ended). */
export interface PathStep {
  flowId: string;
  nodeId: string;
  at: number;
  port?: string;
}

/** An effect where and when it happened. */
export interface RecordedEffect extends EffectInput {
  flowId: string;
  nodeId: string;
  at: number;
}

/** The step a run waits at, what for, and until when. */
export interface Waiting {
  flowId: string;
  nodeId: string;
  for: WaitFor;
  deadline?: number;
}

/** A flow that called another one, and the port it continues by when the called flow ends. */
export interface CallFrame {
  flowId: string;
  nodeId: string;
  returnPort: string;
}

/** The world's answers per node id (see `WORLD_QUESTIONS`); a list answers successive visits, the last repeating. */
export type WorldAnswers = Readonly<Record<string, Partial<Record<WorldQuestion, string | readonly string[]>>>>;

/**
 * A run of one subject through a flow: plain data, so it can be saved, compared and resumed
 * anywhere (a simulator, a flow test, a tenant's store).
 */
export interface RunState {
  /** The flow the run started in. */
  flowId: string;
  triggerId: string;
  event: RunEvent;
  status: 'waiting' | 'ended';
  /** The virtual clock, in milliseconds since the epoch. */
  now: number;
  subject: Subject;
  variables: Readonly<Record<string, Scalar>>;
  path: readonly PathStep[];
  effects: readonly RecordedEffect[];
  waiting?: Waiting;
  ended?: EndReason;
  /** Called flows the run will return from, innermost last. */
  stack: readonly CallFrame[];
  world: WorldAnswers;
  /** How many times each node was visited, for world answers given as lists. */
  visits: Readonly<Record<string, number>>;
}
