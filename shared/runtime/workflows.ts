import type { RunEvent, RunInput, Subject } from '../catalog/behaviour';
import { triggerBehaviourOf } from '../catalog/behaviours';
import { sameEntity } from '../format/entity-ref';
import type { EntityRef } from '../format/entity-ref';
import type { Flow, FlowNode } from '../format/flow-schema';
import type { FLOW_STATUSES } from '../format/flow-statuses';
import { enrolledOnChange, enrolmentRefusal } from './enrolment-rules';
import type { EnrolmentRefusal } from './enrolment-rules';
import type { RecordedEffect, RunState } from './run-state';
import { RunError, Runner } from './runner';
import { applyEffect } from './subject-effects';

type FlowStatus = (typeof FLOW_STATUSES)[number];

/** A flow of a workspace and where it is in its lifecycle. */
export interface LiveFlow {
  flow: Flow;
  status: FlowStatus;
}

/** One subject's run in one flow. */
export interface Enrolment {
  flowId: string;
  subjectId: string;
  run: RunState;
  /** When the run last read the subject's data from the platform (see {@link CONTACT_DATA_MAX_AGE}). */
  dataReadAt: number;
}

/**
 * How old the contact data a run reads may be: the platform keeps a run's copy of the contact
 * for three minutes (conversations-workflows.es.txt: "Toda la información de contacto será
 * almacenada en caché o almacenada durante tres (3) minutos"). A run's copy is refreshed from
 * the contact when the run next moves and its copy is at least this old; until then a field
 * changed by someone else reads as before. The run's own changes (a tag it adds) it sees at once.
 */
export const CONTACT_DATA_MAX_AGE = 3 * 60 * 1000;

/** The event a "trigger workflow" step sends the workflow it names. */
export const FLOW_TRIGGERED = 'flow.triggered';

/** How deep workflows may trigger each other from one event; the validator blocks loops before publishing. */
const MAX_TRIGGER_DEPTH = 20;

/** What an event does to one flow: starts it at a trigger, or is refused and why. */
export type EnrolmentDecision = { flowId: string; triggerId: string } & ({ start: true } | { start: false; refusal: EnrolmentRefusal });

/** Whether an event that names a flow (`ref` to a flow: a webhook, a manual enrolment, a trigger step) concerns `flow`. */
function concerns(event: RunEvent, flow: Flow): boolean {
  if (event.ref?.$ref !== 'flow') return true;
  return sameEntity(event.ref, { $ref: 'flow', id: flow.id, name: flow.name });
}

/**
 * The trigger of `flow` that `event` starts it at. A "trigger workflow" step enrols the contact
 * in the workflow it names whatever that workflow's trigger (the validator treats every
 * workflow as listening for it), so that event starts at the flow's trigger.
 */
export function startingTrigger(runner: Runner, event: RunEvent): FlowNode | undefined {
  if (!concerns(event, runner.flow)) return undefined;
  const started = runner.triggersFor(event)[0];
  if (started || event.event !== FLOW_TRIGGERED || event.ref?.$ref !== 'flow') return started;
  return runner.flow.nodes.find((node) => triggerBehaviourOf(runner.flow.profile, node.type) !== undefined);
}

/**
 * What one event does to each flow of a workspace for one subject: every flow it starts is
 * started, side by side (conversations-workflows.es.txt: "Ambos flujos de trabajo se ejecutarán
 * al mismo tiempo"), unless the flow's status takes no enrolments or the subject is already
 * enrolled in it ("Un contacto no puede volver a entrar en un flujo de trabajo en el que está
 * inscrito"). Flows the event does not start are not listed. Pure: the tenant makes the same
 * decision with its stored runs.
 */
export function enrolmentDecisions(flows: readonly { live: LiveFlow; runner: Runner }[], event: RunEvent, enrolled: (flowId: string) => boolean): EnrolmentDecision[] {
  return flows.flatMap(({ live, runner }): EnrolmentDecision[] => {
    const trigger = startingTrigger(runner, event);
    if (!trigger) return [];
    const refusal = enrolmentRefusal(live.flow.profile, live.status, enrolled(live.flow.id));
    return [refusal ? { flowId: live.flow.id, triggerId: trigger.id, start: false, refusal } : { flowId: live.flow.id, triggerId: trigger.id, start: true }];
  });
}

/** The subject a run reads at `now`: its own copy, or the platform's current data once its copy is old enough. */
export function subjectToRead(enrolment: Enrolment, current: Subject | undefined, now: number): { subject: Subject; dataReadAt: number } {
  if (!current || now - enrolment.dataReadAt < CONTACT_DATA_MAX_AGE) return { subject: enrolment.run.subject, dataReadAt: enrolment.dataReadAt };
  return { subject: current, dataReadAt: now };
}

export interface DispatchResult {
  started: Enrolment[];
  refused: { flowId: string; refusal: EnrolmentRefusal }[];
}

/**
 * The flows of a workspace, their statuses and the runs in progress, on a virtual clock: what
 * events start, what inputs resume, what time passing times out, what a lifecycle change
 * ejects. Deterministic and free of I/O, for a simulation of several workflows and for tests of
 * the rules; the tenant reuses its pure decisions ({@link enrolmentDecisions},
 * {@link subjectToRead}) over its stored runs.
 */
export class Workflows {
  private readonly flows: { live: LiveFlow; runner: Runner }[];
  private active: Enrolment[] = [];
  private done: Enrolment[] = [];
  private readonly subjects = new Map<string, Subject>();

  constructor(
    flows: readonly LiveFlow[],
    private clock: number,
  ) {
    this.flows = flows.map((live) => ({ live: { ...live }, runner: new Runner(live.flow) }));
  }

  get now(): number {
    return this.clock;
  }

  /** The runs in progress. */
  get runs(): readonly Enrolment[] {
    return this.active;
  }

  /** The runs that ended (completed, taken out, ejected). */
  get ended(): readonly Enrolment[] {
    return this.done;
  }

  status(flowId: string): FlowStatus {
    return this.entry(flowId).live.status;
  }

  /** The subject as the platform knows it now: the last data an event brought, with every run's changes. */
  subject(subjectId: string): Subject | undefined {
    return this.subjects.get(subjectId);
  }

  /** The run of `subjectId` in progress in `flowId`, if any. */
  runOf(flowId: string, subjectId: string): Enrolment | undefined {
    return this.active.find((enrolment) => enrolment.flowId === flowId && enrolment.subjectId === subjectId);
  }

  /**
   * A platform event about `subject` (its data as it is now): starts every flow the event starts
   * and may enrol it in. Runs in progress are not ended by it, whatever it is: a conversation
   * closed by hand leaves them running ("el flujo de trabajo continuará incluso si la
   * conversación se cierra manualmente"); they read the new data once their copy is old enough.
   */
  dispatch(event: RunEvent, subject: Subject): DispatchResult {
    this.subjects.set(subject.id, subject);
    return this.enrol(event, subject.id, 0);
  }

  /** Gives the run of `subjectId` in `flowId` what it waits for (a reply, an agent, an HTTP answer). */
  resume(flowId: string, subjectId: string, input: RunInput): Enrolment {
    const enrolment = this.runOf(flowId, subjectId);
    if (!enrolment) throw new RunError(`no run of ${subjectId} in flow ${flowId} is in progress`);
    const { runner } = this.entry(flowId);
    const read = subjectToRead(enrolment, this.subjects.get(subjectId), this.clock);
    const before = runner.passTime({ ...enrolment.run, subject: read.subject }, this.clock);
    return this.advanced(enrolment, read.dataReadAt, before, runner.resume(before, input), 0);
  }

  /** Moves the clock to `until`: every wait whose deadline falls before it times out, in deadline order. */
  passTime(until: number): void {
    if (until < this.clock) throw new RunError('time does not go back');
    for (;;) {
      const next = this.earliestDeadline(until);
      if (!next) break;
      this.clock = next.deadline;
      const { runner } = this.entry(next.enrolment.flowId);
      const read = subjectToRead(next.enrolment, this.subjects.get(next.enrolment.subjectId), this.clock);
      const before = { ...next.enrolment.run, subject: read.subject };
      this.advanced(next.enrolment, read.dataReadAt, before, runner.passTime(before, this.clock), 0);
    }
    this.clock = until;
  }

  /**
   * Moves a flow to another lifecycle status. Where the rules say so (a stopped workflow, a
   * finalized journey) every enrolled run is ejected at once, and moving back (publishing
   * again) does not bring them back ("No se volverán a inscribir en el flujo de trabajo si se
   * vuelve a publicar"); the subjects enter again only when an event starts the flow anew.
   */
  changeStatus(flowId: string, status: FlowStatus): { ejected: Enrolment[] } {
    const entry = this.entry(flowId);
    entry.live = { ...entry.live, status };
    if (enrolledOnChange(entry.live.flow.profile, status) === 'keep') return { ejected: [] };
    const ejected = this.active.filter((enrolment) => enrolment.flowId === flowId).map((enrolment) => ({ ...enrolment, run: entry.runner.eject(enrolment.run) }));
    this.active = this.active.filter((enrolment) => enrolment.flowId !== flowId);
    this.done.push(...ejected);
    return { ejected };
  }

  private entry(flowId: string): { live: LiveFlow; runner: Runner } {
    const entry = this.flows.find((candidate) => candidate.live.flow.id === flowId);
    if (!entry) throw new RunError(`no flow ${flowId} in this workspace`);
    return entry;
  }

  private enrol(event: RunEvent, subjectId: string, depth: number): DispatchResult {
    const result: DispatchResult = { started: [], refused: [] };
    const decisions = enrolmentDecisions(this.flows, event, (flowId) => this.runOf(flowId, subjectId) !== undefined);
    for (const decision of decisions) {
      if (!decision.start) {
        result.refused.push({ flowId: decision.flowId, refusal: decision.refusal });
        continue;
      }
      const { runner } = this.entry(decision.flowId);
      const subject = this.subjects.get(subjectId)!;
      const run = runner.start({ subject, now: this.clock, triggerId: decision.triggerId, event });
      if (!run) continue;
      const placeholder: Enrolment = { flowId: decision.flowId, subjectId, run, dataReadAt: this.clock };
      this.active.push(placeholder);
      const started = this.advanced(placeholder, this.clock, { ...run, effects: [] }, run, depth);
      result.started.push(started);
    }
    return result;
  }

  /**
   * Records a run's new state: its new effects change the subject as the platform knows it,
   * workflows it triggered start, and a run that ended leaves the runs in progress.
   */
  private advanced(enrolment: Enrolment, dataReadAt: number, before: RunState, after: RunState, depth: number): Enrolment {
    const updated: Enrolment = { ...enrolment, run: after, dataReadAt };
    const index = this.active.indexOf(enrolment);
    if (index < 0) throw new RunError(`the run of ${enrolment.subjectId} in flow ${enrolment.flowId} is not in progress`);
    if (after.status === 'ended') {
      this.active.splice(index, 1);
      this.done.push(updated);
    } else {
      this.active[index] = updated;
    }
    const effects = after.effects.slice(before.effects.length);
    for (const effect of effects) this.subjects.set(enrolment.subjectId, applyEffect(this.subjects.get(enrolment.subjectId) ?? after.subject, effect));
    for (const effect of effects) this.triggered(effect, enrolment.subjectId, depth);
    return updated;
  }

  private triggered(effect: RecordedEffect, subjectId: string, depth: number): void {
    if (effect.kind !== 'workflowTriggered' || depth >= MAX_TRIGGER_DEPTH) return;
    const { flowId, flow } = effect.detail ?? {};
    const ref: EntityRef = { $ref: 'flow', ...(typeof flowId === 'string' ? { id: flowId } : {}), ...(typeof flow === 'string' && flow !== '' ? { name: flow } : {}) };
    this.enrol({ event: FLOW_TRIGGERED, ref }, subjectId, depth + 1);
  }

  private earliestDeadline(until: number): { enrolment: Enrolment; deadline: number } | undefined {
    let earliest: { enrolment: Enrolment; deadline: number } | undefined;
    for (const enrolment of this.active) {
      const deadline = enrolment.run.waiting?.deadline;
      if (deadline !== undefined && deadline <= until && (!earliest || deadline < earliest.deadline)) earliest = { enrolment, deadline };
    }
    return earliest;
  }
}
