import { describe, expect, it } from 'vitest';
import type { Subject } from '../catalog/behaviour';
import { enrolledOnChange, enrolsIn } from './enrolment-rules';
import { DAY, MINUTE, MONDAY_MORNING, SECOND, contact, flowOf } from './test-support/flow-of';
import { CONTACT_DATA_MAX_AGE, Workflows } from './workflows';
import type { LiveFlow } from './workflows';

const OPENED = { event: 'conversation.opened', data: { channel: 'WhatsApp' } };
const ask = { question: 'How can we help?', answerType: 'text', options: [], invalidAnswerMessage: '', variable: 'topic', timeout: 7 * 24 * 3600 };

/** Conversation opened -> ask (waits for the reply) -> thank. */
const askFlow = flowOf(
  'conversations',
  [
    ['opened', 'conversationOpened', { channels: [] }],
    ['ask', 'askQuestion', ask],
    ['thanks', 'sendMessage', { text: 'Thanks' }],
  ],
  [
    ['opened', 'next', 'ask'],
    ['ask', 'answered', 'thanks'],
  ],
);

/** Conversation opened -> tag "New". */
const tagFlow = flowOf(
  'conversations',
  [
    ['opened', 'conversationOpened', { channels: [] }],
    ['tag', 'updateTags', { action: 'add', tags: [{ $ref: 'tag', name: 'New' }] }],
  ],
  [['opened', 'next', 'tag']],
);

const published = (...flows: LiveFlow['flow'][]): LiveFlow[] => flows.map((flow) => ({ flow, status: 'published' }));
const ana = contact();
const rui: Subject = contact({ id: 'contact-2', name: 'Rui Prado' });

describe('workflows of a workspace', () => {
  it('one event starts every workflow it triggers, side by side (conversations-workflows.es.txt: "Ambos flujos de trabajo se ejecutarán al mismo tiempo")', () => {
    const workflows = new Workflows(published(askFlow, tagFlow), MONDAY_MORNING);
    const { started, refused } = workflows.dispatch(OPENED, ana);
    expect(started.map((run) => run.flowId)).toEqual([askFlow.id, tagFlow.id]);
    expect(refused).toEqual([]);
    expect(workflows.runs.map((run) => run.flowId)).toEqual([askFlow.id]);
    expect(workflows.ended.map((run) => run.run.ended)).toEqual(['completed']);
    expect(workflows.subject(ana.id)?.tags).toEqual(['New']);
  });

  it('a contact cannot re-enter a workflow it is enrolled in (conversations-workflows.es.txt: "Un contacto no puede volver a entrar en un flujo de trabajo en el que está inscrito")', () => {
    const workflows = new Workflows(published(askFlow), MONDAY_MORNING);
    workflows.dispatch(OPENED, ana);
    expect(workflows.dispatch(OPENED, ana)).toEqual({ started: [], refused: [{ flowId: askFlow.id, refusal: 'alreadyEnrolled' }] });
    expect(workflows.dispatch(OPENED, rui).started).toHaveLength(1);
    expect(workflows.runs).toHaveLength(2);
  });

  it('once out of the workflow, the contact enters again when the trigger repeats ("El contacto tiene que salir del flujo de trabajo y cumplir con los criterios")', () => {
    const workflows = new Workflows(published(askFlow), MONDAY_MORNING);
    workflows.dispatch(OPENED, ana);
    workflows.resume(askFlow.id, ana.id, { kind: 'reply', text: 'Billing' });
    expect(workflows.runs).toEqual([]);
    expect(workflows.dispatch(OPENED, ana).started).toHaveLength(1);
  });

  it('only a published workflow enrols: a draft or a stopped one refuses', () => {
    const workflows = new Workflows([{ flow: askFlow, status: 'draft' }, { flow: tagFlow, status: 'stopped' }], MONDAY_MORNING);
    expect(workflows.dispatch(OPENED, ana)).toEqual({ started: [], refused: [{ flowId: askFlow.id, refusal: 'notLive' }, { flowId: tagFlow.id, refusal: 'notLive' }] });
  });

  it('stopping a workflow ejects every enrolled contact at once and republishing does not re-enrol them (conversations-workflows.es.txt: "todos los contactos inscritos se expulsarán inmediatamente"; "No se volverán a inscribir")', () => {
    const workflows = new Workflows(published(askFlow), MONDAY_MORNING);
    workflows.dispatch(OPENED, ana);
    workflows.dispatch(OPENED, rui);
    const { ejected } = workflows.changeStatus(askFlow.id, 'stopped');
    expect(ejected.map((run) => [run.subjectId, run.run.status, run.run.ended])).toEqual([
      [ana.id, 'ended', 'ejected'],
      [rui.id, 'ended', 'ejected'],
    ]);
    expect(workflows.runs).toEqual([]);
    expect(workflows.dispatch(OPENED, ana).refused).toEqual([{ flowId: askFlow.id, refusal: 'notLive' }]);
    expect(workflows.changeStatus(askFlow.id, 'published')).toEqual({ ejected: [] });
    expect(workflows.runs).toEqual([]);
    workflows.passTime(MONDAY_MORNING + 8 * DAY);
    expect(workflows.ended.every((run) => run.run.ended === 'ejected')).toBe(true);
  });

  it('closing a conversation by hand does not end the workflow (conversations-workflows.es.txt: "el flujo de trabajo continuará incluso si la conversación se cierra manualmente")', () => {
    const survey = flowOf('conversations', [['closed', 'conversationClosed', { categories: [] }], ['note', 'addComment', { text: 'closed' }]], [['closed', 'next', 'note']]);
    const workflows = new Workflows(published(askFlow, survey), MONDAY_MORNING);
    workflows.dispatch(OPENED, ana);
    const closedByHand = { ...ana, conversation: { open: false, channel: 'WhatsApp' } };
    const { started } = workflows.dispatch({ event: 'conversation.closed', data: { category: 'Resolved' } }, closedByHand);
    expect(started.map((run) => run.flowId)).toEqual([survey.id]);
    expect(workflows.runOf(askFlow.id, ana.id)?.run.status).toBe('waiting');
    const done = workflows.resume(askFlow.id, ana.id, { kind: 'reply', text: 'Billing' });
    expect(done.run.path.map((step) => step.nodeId)).toEqual(['opened', 'ask', 'thanks']);
  });

  it('times out waits in deadline order as the clock passes', () => {
    const wait = (seconds: number) => flowOf('conversations', [['opened', 'conversationOpened', { channels: [] }], ['pause', 'wait', { duration: seconds }]], [['opened', 'next', 'pause']]);
    const long = wait(3600);
    const short = wait(60);
    const workflows = new Workflows(published(long, short), MONDAY_MORNING);
    workflows.dispatch(OPENED, ana);
    workflows.passTime(MONDAY_MORNING + 2 * MINUTE);
    expect(workflows.runs.map((run) => run.flowId)).toEqual([long.id]);
    workflows.passTime(MONDAY_MORNING + 2 * DAY);
    expect(workflows.runs).toEqual([]);
    expect(workflows.ended.map((run) => [run.flowId, run.run.now])).toEqual([
      [short.id, MONDAY_MORNING + MINUTE],
      [long.id, MONDAY_MORNING + 3600 * SECOND],
    ]);
    expect(() => workflows.passTime(MONDAY_MORNING)).toThrow();
  });

  it('a "trigger workflow" step enrols the contact in the workflow it names, which runs beside the first', () => {
    const followUp = flowOf('conversations', [['start', 'manual', {}], ['note', 'addComment', { text: 'follow up' }]], [['start', 'next', 'note']]);
    const caller = flowOf(
      'conversations',
      [['opened', 'conversationOpened', { channels: [] }], ['go', 'triggerWorkflow', { flow: { $ref: 'flow', id: followUp.id, name: followUp.name } }], ['ask', 'askQuestion', ask]],
      [['opened', 'next', 'go'], ['go', 'next', 'ask']],
    );
    const workflows = new Workflows(published(caller, followUp), MONDAY_MORNING);
    workflows.dispatch(OPENED, ana);
    expect(workflows.runs.map((run) => run.flowId)).toEqual([caller.id]);
    expect(workflows.ended.map((run) => [run.flowId, run.run.path.map((step) => step.nodeId)])).toEqual([[followUp.id, ['start', 'note']]]);
    expect(workflows.dispatch({ event: 'contact.enrolled', ref: { $ref: 'flow', id: followUp.id } }, rui).started.map((run) => run.flowId)).toEqual([followUp.id]);
  });
});

describe('contact data a run reads (conversations-workflows.es.txt: "Toda la información de contacto será almacenada en caché o almacenada durante tres (3) minutos")', () => {
  const plan = { $ref: 'customField', id: 'plan', name: 'plan' } as const;
  /** Opened -> wait `seconds` -> branch on the plan field. */
  const readPlanAfter = (seconds: number) =>
    flowOf(
      'conversations',
      [
        ['opened', 'conversationOpened', { channels: [] }],
        ['pause', 'wait', { duration: seconds }],
        ['route', 'branch', { conditions: [{ id: 'premium', name: 'Premium', field: 'contact.plan', operator: 'equals', value: 'Premium' }] }],
      ],
      [['opened', 'next', 'pause'], ['pause', 'next', 'route']],
    );
  const branchTaken = (seconds: number) => {
    const flow = readPlanAfter(seconds);
    const workflows = new Workflows(published(flow), MONDAY_MORNING);
    const basic = contact({ fields: { plan: 'Basic' } });
    workflows.dispatch(OPENED, basic);
    workflows.passTime(MONDAY_MORNING + 10 * SECOND);
    expect(workflows.dispatch({ event: 'contactField.updated', ref: plan }, { ...basic, fields: { plan: 'Premium' } }).started).toEqual([]);
    workflows.passTime(MONDAY_MORNING + DAY);
    return workflows.ended[0]!.run.path.at(-1)!.port;
  };

  it('a field changed while the contact is in the workflow still reads as before within three minutes ("Hasta entonces, se mostrará el valor anterior")', () => {
    expect(branchTaken(60)).toBe('else');
    expect(branchTaken(CONTACT_DATA_MAX_AGE / 1000 - 1)).toBe('else');
  });

  it('and reads as changed once the run\'s copy is three minutes old ("la información tomará hasta tres (3) minutos para reflejarse")', () => {
    expect(branchTaken(CONTACT_DATA_MAX_AGE / 1000)).toBe('premium');
    expect(branchTaken(3600)).toBe('premium');
  });
});

describe('journeys by lifecycle status', () => {
  const newsletter = { $ref: 'segment', id: 'seg-1', name: 'Newsletter' } as const;
  const ENTERED = { event: 'segment.entered', ref: newsletter };
  /** Entered the segment -> wait a day. */
  const journey = flowOf('journeys', [['entered', 'enteredSegment', { segment: newsletter }], ['pause', 'wait', { duration: 24 * 3600 }]], [['entered', 'next', 'pause']]);

  it('only an active journey enrols; a paused one enrols nobody and keeps its contacts ("A paused workflow can be resumed at any time", journeys-workflows.en.txt)', () => {
    const workflows = new Workflows([{ flow: journey, status: 'draft' }], MONDAY_MORNING);
    expect(workflows.dispatch(ENTERED, ana).refused).toEqual([{ flowId: journey.id, refusal: 'notLive' }]);
    workflows.changeStatus(journey.id, 'active');
    expect(workflows.dispatch(ENTERED, ana).started).toHaveLength(1);
    expect(workflows.changeStatus(journey.id, 'paused')).toEqual({ ejected: [] });
    expect(workflows.dispatch(ENTERED, rui).refused).toEqual([{ flowId: journey.id, refusal: 'notLive' }]);
    expect(workflows.runs.map((run) => run.subjectId)).toEqual([ana.id]);
    workflows.changeStatus(journey.id, 'active');
    expect(workflows.dispatch(ENTERED, rui).started).toHaveLength(1);
  });

  it('a finalized journey ends its runs and never enrols again (journeys-workflows.en.txt: "A finalized workflow can be duplicated but it cannot be restarted")', () => {
    const workflows = new Workflows([{ flow: journey, status: 'active' }], MONDAY_MORNING);
    workflows.dispatch(ENTERED, ana);
    expect(workflows.changeStatus(journey.id, 'finalized').ejected.map((run) => run.run.ended)).toEqual(['ejected']);
    expect(workflows.dispatch(ENTERED, rui).refused).toEqual([{ flowId: journey.id, refusal: 'notLive' }]);
    expect(enrolsIn('journeys', 'finalized')).toBe(false);
  });

  it('a conversations workflow enrols only while published', () => {
    expect(['draft', 'published', 'stopped'].filter((status) => enrolsIn('conversations', status as 'draft'))).toEqual(['published']);
    expect(enrolledOnChange('conversations', 'stopped')).toBe('eject');
  });
});
