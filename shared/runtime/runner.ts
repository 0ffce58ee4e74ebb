import type { EffectInput, RunEvent, RunInput, Scalar, StepBehaviour, StepResult, StepRun, Subject, WaitFor, WorldQuestion } from '../catalog/behaviour';
import { stepBehaviourOf, triggerBehaviourOf } from '../catalog/behaviours';
import { findStepType } from '../catalog/registry';
import type { EntityRef } from '../format/entity-ref';
import type { Flow, FlowNode } from '../format/flow-schema';
import { applyEffect } from './subject-effects';
import { fillFromRun } from './run-templates';
import type { CallFrame, PathStep, RecordedEffect, RunState, WorldAnswers } from './run-state';

/**
 * How many steps one call may run before the run is stopped: a jump or a connection that loops
 * back with nothing to wait for would otherwise never return.
 */
export const MAX_STEPS_PER_ADVANCE = 10_000;

/** A flow indexed for running: its nodes by id and where each port leads. */
interface IndexedFlow {
  flow: Flow;
  nodes: ReadonlyMap<string, FlowNode>;
  /** `${nodeId}\u0000${port}` -> target node id. */
  edges: ReadonlyMap<string, string>;
}

export interface RunnerOptions {
  /** The other flows a run may call (contact-center reusable flows), by reference. */
  flows?: (ref: EntityRef) => Flow | undefined;
  /** The world's answers for runs this runner starts. */
  world?: WorldAnswers;
}

export interface StartOptions {
  subject: Subject;
  /** The virtual clock at the start, in milliseconds since the epoch. */
  now: number;
  /** The trigger to start at; when absent, the first trigger `event` starts. */
  triggerId?: string;
  /** The event that starts the run; when absent, the trigger's sample event. */
  event?: RunEvent;
  variables?: Readonly<Record<string, Scalar>>;
  world?: WorldAnswers;
}

export class RunError extends Error {
  /**
   * The run as far as it got, ended as `ejected` at the step that could not go on (a called flow
   * that is not available), when the error came while it ran: a server stores it as such.
   */
  stopped?: RunState;
}

function indexFlow(flow: Flow): IndexedFlow {
  return {
    flow,
    nodes: new Map(flow.nodes.map((node) => [node.id, node])),
    edges: new Map(flow.edges.map((edge) => [`${edge.source}\u0000${edge.sourcePort}`, edge.target])),
  };
}

/** A run being advanced: mutable while one call of the runner works on it, returned as a new state. */
interface Working {
  state: RunState;
  path: PathStep[];
  effects: RecordedEffect[];
  subject: Subject;
  variables: Record<string, Scalar>;
  visits: Record<string, number>;
  stack: CallFrame[];
}

/**
 * The interpreter: runs one flow (and the flows it calls) for one subject, step by step, with
 * each type's behaviour from the catalog. Pure: time moves only when the caller passes it, and
 * whatever the world decides comes in through {@link RunnerOptions.world} and resume inputs.
 */
export class Runner {
  private readonly root: IndexedFlow;
  private readonly called = new Map<string, IndexedFlow>();
  /** The flow's active triggers with their behaviour, found once: a server asks every live flow about every event. */
  private triggers?: { node: FlowNode; starts: (event: RunEvent) => boolean }[];

  constructor(
    flow: Flow,
    private readonly options: RunnerOptions = {},
  ) {
    this.root = indexFlow(flow);
  }

  get flow(): Flow {
    return this.root.flow;
  }

  /** The trigger nodes of the flow that `event` starts, in document order. */
  triggersFor(event: RunEvent): FlowNode[] {
    this.triggers ??= this.root.flow.nodes.flatMap((node) => {
      const trigger = triggerBehaviourOf(this.root.flow.profile, node.type);
      return trigger !== undefined && node.config.active !== false ? [{ node, starts: (event: RunEvent) => trigger.starts(node.config, event) }] : [];
    });
    return this.triggers.filter((trigger) => trigger.starts(event)).map((trigger) => trigger.node);
  }

  /** The event a trigger of the flow starts on, for a simulation to offer. */
  sampleEvent(triggerId: string): RunEvent {
    const node = this.root.nodes.get(triggerId);
    const trigger = node && triggerBehaviourOf(this.root.flow.profile, node.type);
    if (!node || !trigger) throw new RunError(`${triggerId} is not a trigger of this flow`);
    return trigger.sampleEvent(node.config);
  }

  /** Starts a run; undefined when no trigger of the flow starts on the event. */
  start(options: StartOptions): RunState | undefined {
    const trigger = options.triggerId
      ? this.root.nodes.get(options.triggerId)
      : options.event
        ? this.triggersFor(options.event)[0]
        : this.root.flow.nodes.find((node) => triggerBehaviourOf(this.root.flow.profile, node.type));
    if (!trigger || !triggerBehaviourOf(this.root.flow.profile, trigger.type)) return undefined;
    const event = options.event ?? this.sampleEvent(trigger.id);
    const state: RunState = {
      flowId: this.root.flow.id,
      triggerId: trigger.id,
      event,
      status: 'waiting',
      now: options.now,
      subject: options.subject,
      variables: options.variables ?? {},
      path: [],
      effects: [],
      stack: [],
      world: options.world ?? this.options.world ?? {},
      visits: {},
    };
    const work = this.open(state);
    work.path.push({ flowId: this.root.flow.id, nodeId: trigger.id, at: state.now });
    return this.guarded(work, () => this.follow(work, this.root, trigger.id, triggerPort(this.root, trigger.id)));
  }

  /** Gives a waiting run what it waits for (a reply, digits, an HTTP answer); refused when it waits for something else. */
  resume(state: RunState, input: RunInput): RunState {
    const waiting = state.waiting;
    if (state.status !== 'waiting' || !waiting) throw new RunError('the run is not waiting');
    if (input.kind !== 'timeout' && input.kind !== waitedInput(waiting.for)) {
      throw new RunError(`the run waits for ${waiting.for}, not ${input.kind}`);
    }
    const work = this.open(state);
    work.state = { ...work.state, waiting: undefined };
    const flow = this.flowById(waiting.flowId);
    const node = flow.nodes.get(waiting.nodeId);
    const behaviour = node && stepBehaviourOf(flow.flow.profile, node.type);
    if (!node || !behaviour?.resume) throw new RunError(`${waiting.nodeId} cannot be resumed`);
    return this.guarded(work, () => {
      const next = this.settle(work, flow, node, behaviour.resume!(this.stepRun(work, flow, node), input));
      if (next) this.enter(work, next.flow, next.nodeId);
    });
  }

  /** Runs `advance` on the work; a step that cannot go on ejects the run there, and the error carries that run. */
  private guarded(work: Working, advance: () => void): RunState {
    try {
      advance();
    } catch (error) {
      if (error instanceof RunError && !error.stopped) {
        this.end(work, 'ejected');
        error.stopped = this.close(work);
      }
      throw error;
    }
    return this.close(work);
  }

  /**
   * Moves the clock to `until`: a run waiting with an earlier deadline times out at its
   * deadline and goes on; one whose deadline is later keeps waiting.
   */
  passTime(state: RunState, until: number): RunState {
    if (until < state.now) throw new RunError('time does not go back');
    const deadline = state.waiting?.deadline;
    if (state.status !== 'waiting' || deadline === undefined || deadline > until) return { ...state, now: until };
    const timedOut = this.resume({ ...state, now: deadline }, { kind: 'timeout' });
    return timedOut.status === 'waiting' ? this.passTime(timedOut, until) : { ...timedOut, now: until };
  }

  /** Ends a run from outside (the flow was stopped), recording nothing more. */
  eject(state: RunState): RunState {
    return state.status === 'ended' ? state : { ...state, status: 'ended', ended: 'ejected', waiting: undefined };
  }

  private open(state: RunState): Working {
    return {
      state,
      path: [...state.path],
      effects: [...state.effects],
      subject: state.subject,
      variables: { ...state.variables },
      visits: { ...state.visits },
      stack: [...state.stack],
    };
  }

  private close(work: Working): RunState {
    return { ...work.state, path: work.path, effects: work.effects, subject: work.subject, variables: work.variables, visits: work.visits, stack: work.stack };
  }

  private flowById(flowId: string): IndexedFlow {
    if (flowId === this.root.flow.id) return this.root;
    let flow = this.called.get(flowId);
    // A stored run waiting inside a called flow is resumed by a new runner: it finds that flow again by its id.
    const found = flow ? undefined : this.options.flows?.({ $ref: 'flow', id: flowId });
    if (found?.id === flowId) this.called.set(flowId, (flow = indexFlow(found)));
    if (!flow) throw new RunError(`flow ${flowId} is not part of this run`);
    return flow;
  }

  private stepRun(work: Working, flow: IndexedFlow, node: FlowNode): StepRun {
    const visit = work.visits[node.id] ?? 1;
    const answers = work.state.world[node.id];
    return {
      node,
      config: node.config,
      flowKind: flow.flow.kind,
      now: work.state.now,
      subject: work.subject,
      variables: work.variables,
      world: (question: WorldQuestion) => {
        const answer = answers?.[question];
        if (answer === undefined || typeof answer === 'string') return answer;
        return answer[Math.min(visit, answer.length) - 1];
      },
      fill: (text: string) => fillFromRun(text, work.subject, work.variables),
    };
  }

  /** Continues from the trigger by its port: to the connected step, or the end of the run. */
  private follow(work: Working, flow: IndexedFlow, nodeId: string, port: string | undefined): void {
    work.path[work.path.length - 1]!.port = port;
    const target = port === undefined ? undefined : flow.edges.get(`${nodeId}\u0000${port}`);
    if (target === undefined) this.end(work, 'completed');
    else this.enter(work, flow, target);
  }

  private enter(work: Working, start: IndexedFlow, startId: string): void {
    let flow = start;
    let nodeId: string | undefined = startId;
    for (let steps = 0; nodeId !== undefined; steps += 1) {
      if (steps >= MAX_STEPS_PER_ADVANCE) {
        this.end(work, 'stepLimit');
        return;
      }
      const node = flow.nodes.get(nodeId);
      if (!node) throw new RunError(`no step ${nodeId} in flow ${flow.flow.id}`);
      work.visits[node.id] = (work.visits[node.id] ?? 0) + 1;
      work.path.push({ flowId: flow.flow.id, nodeId: node.id, at: work.state.now });
      const behaviour: StepBehaviour | undefined = stepBehaviourOf(flow.flow.profile, node.type);
      if (!behaviour) throw new RunError(`step type ${node.type} has no run-time behaviour`);
      const next = this.settle(work, flow, node, behaviour.enter(this.stepRun(work, flow, node)));
      if (!next) return;
      ({ flow, nodeId } = next);
    }
  }

  /**
   * Applies a step's result. Returns where to go on when the run continues in this loop,
   * undefined when it waits, ended, or was continued by a nested call.
   */
  private settle(work: Working, flow: IndexedFlow, node: FlowNode, result: StepResult): { flow: IndexedFlow; nodeId: string } | undefined {
    this.record(work, flow, node, result.effects ?? []);
    if (result.variables) Object.assign(work.variables, result.variables);
    if ('wait' in result) {
      work.state = { ...work.state, status: 'waiting', waiting: { flowId: flow.flow.id, nodeId: node.id, for: result.wait, deadline: result.deadline } };
      return undefined;
    }
    if ('end' in result) {
      // A flow that completes is over as if its path had run out: a called flow returns.
      if (result.end === 'completed') return this.finishFlow(work, 'completed');
      this.end(work, result.end);
      return undefined;
    }
    if ('jump' in result) return { flow, nodeId: result.jump };
    if ('call' in result) return this.call(work, flow, node, result.call, result.returnPort);
    leaveBy(work, work.path.length - 1, result.next);
    const target = flow.edges.get(`${node.id}\u0000${result.next}`);
    if (target !== undefined) return { flow, nodeId: target };
    return this.finishFlow(work, 'completed');
  }

  private call(work: Working, flow: IndexedFlow, node: FlowNode, ref: EntityRef, returnPort: string): { flow: IndexedFlow; nodeId: string } | undefined {
    const target = this.options.flows?.(ref);
    if (!target) throw new RunError(`the flow ${ref.name ?? ref.id ?? ref.uuid ?? '?'} that ${node.id} calls is not available`);
    let indexed = this.called.get(target.id);
    if (!indexed) this.called.set(target.id, (indexed = indexFlow(target)));
    const trigger = target.nodes.find((candidate) => triggerBehaviourOf(target.profile, candidate.type));
    if (!trigger) throw new RunError(`the called flow ${target.name} has no start`);
    work.stack.push({ flowId: flow.flow.id, nodeId: node.id, returnPort });
    work.path.push({ flowId: target.id, nodeId: trigger.id, at: work.state.now });
    const port = triggerPort(indexed, trigger.id);
    const first = port === undefined ? undefined : indexed.edges.get(`${trigger.id}\u0000${port}`);
    work.path[work.path.length - 1]!.port = port;
    if (first !== undefined) return { flow: indexed, nodeId: first };
    return this.finishFlow(work, 'completed');
  }

  /**
   * A flow's path came to an end. A called flow returns to its caller, which goes on by its
   * return port; the outermost flow ends the run.
   */
  private finishFlow(work: Working, reason: 'completed'): { flow: IndexedFlow; nodeId: string } | undefined {
    const frame = work.stack.pop();
    if (!frame) {
      this.end(work, reason);
      return undefined;
    }
    const caller = this.flowById(frame.flowId);
    let callIndex = work.path.length - 1;
    while (callIndex >= 0 && !(work.path[callIndex]!.flowId === frame.flowId && work.path[callIndex]!.nodeId === frame.nodeId)) callIndex -= 1;
    if (callIndex >= 0) leaveBy(work, callIndex, frame.returnPort);
    const target = caller.edges.get(`${frame.nodeId}\u0000${frame.returnPort}`);
    if (target !== undefined) return { flow: caller, nodeId: target };
    return this.finishFlow(work, reason);
  }

  private end(work: Working, reason: RunState['ended'] & string): void {
    work.stack.length = 0;
    work.state = { ...work.state, status: 'ended', ended: reason, waiting: undefined };
  }

  private record(work: Working, flow: IndexedFlow, node: FlowNode, effects: readonly EffectInput[]): void {
    for (const effect of effects) {
      work.effects.push({ ...effect, flowId: flow.flow.id, nodeId: node.id, at: work.state.now });
      work.subject = applyEffect(work.subject, effect);
    }
  }
}

/**
 * Records the port a step of the path was left by. The entry is replaced, not changed: entries
 * before this call belong to the state the caller passed in, which must stay as it was (a
 * simulator keeps it to step back to, a store may still hold it).
 */
function leaveBy(work: Working, index: number, port: string): void {
  work.path[index] = { ...work.path[index]!, port };
}

/** The port a trigger continues by: its type's first (a trigger has one, `next`). */
function triggerPort(flow: IndexedFlow, triggerId: string): string | undefined {
  const node = flow.nodes.get(triggerId);
  return node && findStepType(flow.flow.profile, node.type)?.ports(node.config)[0]?.id;
}

function waitedInput(waitFor: WaitFor): RunInput['kind'] | undefined {
  switch (waitFor) {
    case 'reply':
      return 'reply';
    case 'digits':
      return 'digits';
    case 'http':
      return 'http';
    case 'agent':
      return 'agent';
    case 'time':
      return undefined;
  }
}
