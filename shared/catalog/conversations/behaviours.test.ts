import { describe, expect, it } from 'vitest';
import { Runner } from '../../runtime/runner';
import { DAY, HOUR, MINUTE, MONDAY_MORNING, contact, flowOf } from '../../runtime/test-support/flow-of';
import type { TestEdge, TestNode } from '../../runtime/test-support/flow-of';
import type { WorldAnswers } from '../../runtime/run-state';
import { profileCatalog } from '../registry';
import { conversationsBehaviours } from './behaviours';
import type { RunEvent, Subject } from '../behaviour';

const OPENED: TestNode = ['opened', 'conversationOpened', { channels: [] }];
const sales = { $ref: 'team', id: '51870', name: 'Sales' };

/** A flow that starts on a conversation opening and runs `steps`, the first connected to the trigger. */
function run(steps: readonly TestNode[], edges: readonly TestEdge[], options: { world?: WorldAnswers; subject?: Subject; now?: number } = {}) {
  const flow = flowOf('conversations', [OPENED, ...steps], [['opened', 'next', steps[0]![0]], ...edges]);
  const runner = new Runner(flow, { world: options.world });
  return { runner, state: runner.start({ subject: options.subject ?? contact(), now: options.now ?? MONDAY_MORNING })! };
}

const ports = (state: { path: readonly { nodeId: string; port?: string }[] }) => state.path.map((step) => `${step.nodeId}:${step.port ?? ''}`);
const kinds = (state: { effects: readonly { kind: string }[] }) => state.effects.map((effect) => effect.kind);

describe('conversations behaviours', () => {
  it.each(profileCatalog('conversations').types.map((type) => [type.type, type.role] as const))('%s (a %s) has a behaviour of its role', (type, role) => {
    const behaviour = conversationsBehaviours[type];
    expect(behaviour).toBeDefined();
    expect(role === 'trigger' ? 'starts' in behaviour! : 'enter' in behaviour!).toBe(true);
  });

  it('registers no behaviour for a type the catalog does not declare', () => {
    const declared = new Set(profileCatalog('conversations').types.map((type) => type.type));
    expect(Object.keys(conversationsBehaviours).filter((type) => !declared.has(type))).toEqual([]);
  });
});

describe('assign to', () => {
  const assign = (config: Record<string, unknown> = {}): TestNode => ['assign', 'assignTo', { mode: 'team', team: sales, rule: 'roundRobin', onlyOnline: true, timeout: 7 * 24 * 3600, ...config }];
  const thanks: TestNode = ['thanks', 'sendMessage', { text: 'Hi, I am {{assignee.firstName}}' }];

  it('with nobody in the team the contact is left unassigned and goes on (conversations-workflows.es.txt: "El contacto no será asignado y pasará al siguiente paso")', () => {
    const { state } = run([assign(), thanks], [['assign', 'assigned', 'thanks']], { world: { assign: { team: 'empty' } } });
    expect(ports(state)).toEqual(['opened:next', 'assign:assigned', 'thanks:next']);
    expect(kinds(state)).toEqual(['messageSent']);
    expect(state.subject.conversation?.assignee).toBeUndefined();
  });

  it('with nobody in the team and no next step the workflow ends ("Si no hay un paso siguiente, el flujo de trabajo terminará")', () => {
    const { state } = run([assign()], [], { world: { assign: { team: 'empty' } } });
    expect(state).toMatchObject({ status: 'ended', ended: 'completed' });
  });

  it('with nobody meeting the assignment logic it waits, by default 7 days, then goes by timeout (conversations-workflows.es.txt: "El paso Asignar a tiene un período de tiempo de espera predeterminado de 7 días")', () => {
    expect(profileCatalog('conversations').types.find((type) => type.type === 'assignTo')!.defaultConfig).toMatchObject({ timeout: 7 * 24 * 3600 });
    const { runner, state } = run([assign(), thanks, ['late', 'addComment', { text: 'nobody' }]], [['assign', 'assigned', 'thanks'], ['assign', 'timeout', 'late']]);
    expect(state.waiting).toMatchObject({ nodeId: 'assign', for: 'agent', deadline: MONDAY_MORNING + 7 * DAY });
    expect(runner.passTime(state, MONDAY_MORNING + 7 * DAY - 1).status).toBe('waiting');
    const late = runner.passTime(state, MONDAY_MORNING + 7 * DAY);
    expect(ports(late).slice(1)).toEqual(['assign:timeout', 'late:next']);
    expect(kinds(late)).toEqual(['commentAdded']);
  });

  it('an agent taking the conversation assigns it and goes on by the main port, later messages naming the agent', () => {
    const { runner, state } = run([assign(), thanks], [['assign', 'assigned', 'thanks']], { world: { assign: { team: 'busy' } } });
    const done = runner.resume(state, { kind: 'agent', name: 'Maria Lopes' });
    expect(ports(done).slice(1)).toEqual(['assign:assigned', 'thanks:next']);
    expect(done.effects[0]).toMatchObject({ kind: 'assigned', detail: { assignee: 'Maria Lopes' } });
    expect(done.effects[1]).toMatchObject({ detail: { text: 'Hi, I am Maria' } });
    expect(done.subject.conversation?.assignee).toBe('Maria Lopes');
  });

  it('assigns at once to the agent the world picks, and to a chosen user unless that user is busy', () => {
    expect(run([assign()], [], { world: { assign: { team: 'Rui Prado' } } }).state.effects[0]).toMatchObject({ kind: 'assigned', detail: { assignee: 'Rui Prado' } });
    const user = assign({ mode: 'user', user: { $ref: 'user', id: '7', name: 'Ines Rocha' } });
    expect(run([user], []).state.effects[0]).toMatchObject({ kind: 'assigned', detail: { assignee: 'Ines Rocha' } });
    expect(run([user], [], { world: { assign: { team: 'busy' } } }).state.waiting).toMatchObject({ for: 'agent' });
  });
});

describe('messages, questions and the conversation', () => {
  it('a message that cannot be sent takes the contact out (conversations-workflows.es.txt: "Si no se envía un mensaje por algún motivo [...] el contacto saldrá del flujo de trabajo")', () => {
    const { state } = run([['hello', 'sendMessage', { text: 'Hello' }], ['tag', 'updateTags', { action: 'add', tags: [{ $ref: 'tag', name: 'Greeted' }] }]], [['hello', 'next', 'tag']], { world: { hello: { delivery: 'failed' } } });
    expect(state).toMatchObject({ status: 'ended', ended: 'deliveryFailed' });
    expect(kinds(state)).toEqual(['messageFailed']);
  });

  const ask: TestNode = ['ask', 'askQuestion', { question: 'Your e-mail?', answerType: 'email', options: [], invalidAnswerMessage: '', variable: 'email', timeout: 7 * 24 * 3600 }];

  it('a question waits 7 days by default (conversations-workflows.es.txt: "El paso Hacer una pregunta tiene un período de tiempo de espera predeterminado de 7 días")', () => {
    expect(profileCatalog('conversations').types.find((type) => type.type === 'askQuestion')!.defaultConfig).toMatchObject({ timeout: 7 * 24 * 3600 });
    const { runner, state } = run([ask], []);
    expect(state.waiting).toMatchObject({ for: 'reply', deadline: MONDAY_MORNING + 7 * DAY });
    expect(runner.passTime(state, MONDAY_MORNING + 7 * DAY).path.at(-1)).toMatchObject({ nodeId: 'ask', port: 'timeout' });
  });

  it('an invalid answer goes by failure and is not saved (conversations-workflows.es.txt: "Las respuestas no válidas [...] no se pueden guardar")', () => {
    const { runner, state } = run([ask], []);
    const done = runner.resume(state, { kind: 'reply', text: 'not an address' });
    expect(done.path.at(-1)).toMatchObject({ nodeId: 'ask', port: 'failure' });
    expect(done.variables).toEqual({});
  });

  it('a close step closes the conversation and, with nothing after it, ends the workflow (conversations-workflows.es.txt: "El flujo de trabajo sólo terminará si la conversación cierra en el Módulo de Flujos de Trabajo")', () => {
    const { state } = run([['close', 'closeConversation', { category: 'Resolved', note: 'Done for {{contact.firstName}}' }]], []);
    expect(state).toMatchObject({ status: 'ended', ended: 'completed' });
    expect(state.effects[0]).toMatchObject({ kind: 'conversationClosed', detail: { category: 'Resolved', note: 'Done for Ana' } });
    expect(state.subject.conversation?.open).toBe(false);
  });

  it('a reply to a question asked after the close step does not reopen the conversation (conversations-workflows.es.txt: "un contacto no volverá a abrir la conversación respondiendo")', () => {
    const survey: TestNode = ['rate', 'askQuestion', { question: 'Rate us', answerType: 'text', options: [], invalidAnswerMessage: '', variable: 'rating', timeout: DAY / 1000 }];
    const { runner, state } = run([['close', 'closeConversation', { category: '', note: '' }], survey, ['thanks', 'sendMessage', { text: 'Thanks' }]], [['close', 'next', 'rate'], ['rate', 'answered', 'thanks']]);
    expect(state.waiting).toMatchObject({ nodeId: 'rate' });
    const done = runner.resume(state, { kind: 'reply', text: 'Great' });
    expect(done.subject.conversation?.open).toBe(false);
    expect(kinds(done)).not.toContain('conversationOpened');
    expect(done.variables).toEqual({ rating: 'Great' });
  });

  it('opens the conversation, and unassigns its assignee', () => {
    const closed = contact({ conversation: { open: false, channel: 'WhatsApp', assignee: 'Rui Prado' } });
    const { state } = run([['open', 'openConversation', {}], ['free', 'unassign', {}]], [['open', 'next', 'free']], { subject: closed });
    expect(kinds(state)).toEqual(['conversationOpened', 'unassigned']);
    expect(state.subject.conversation).toEqual({ open: true, channel: 'WhatsApp', assignee: undefined });
  });

  it('adds an internal comment with its placeholders filled', () => {
    expect(run([['note', 'addComment', { text: 'Lead {{contact.firstName}}' }]], []).state.effects[0]).toMatchObject({ kind: 'commentAdded', detail: { text: 'Lead Ana' } });
  });
});

describe('tags, fields and other workflows', () => {
  const vip = { $ref: 'tag', id: 't1', name: 'VIP' } as const;

  it('adds and removes tags, which a later branch reads', () => {
    const { state } = run(
      [
        ['add', 'updateTags', { action: 'add', tags: [vip, { $ref: 'tag', name: 'Lead' }] }],
        ['remove', 'updateTags', { action: 'remove', tags: [{ $ref: 'tag', name: 'Lead' }] }],
        ['route', 'branch', { conditions: [{ id: 'vip', name: 'VIP', field: 'tags', operator: 'contains', value: 'VIP' }] }],
      ],
      [['add', 'next', 'remove'], ['remove', 'next', 'route']],
    );
    expect(kinds(state)).toEqual(['tagAdded', 'tagAdded', 'tagRemoved']);
    expect(state.subject.tags).toEqual(['VIP']);
    expect(state.path.at(-1)).toMatchObject({ nodeId: 'route', port: 'vip' });
  });

  it('sets a contact field to a filled value, and an empty value clears it', () => {
    const plan = { $ref: 'customField', id: 'plan', name: 'plan' };
    const { state } = run([['set', 'updateContactField', { field: plan, value: '{{contact.firstName}} Premium' }]], []);
    expect(state.effects[0]).toMatchObject({ kind: 'fieldSet', detail: { field: 'plan', value: 'Ana Premium' } });
    expect(state.subject.fields.plan).toBe('Ana Premium');
    expect(run([['set', 'updateContactField', { field: plan, value: '' }]], []).state.effects[0]).toMatchObject({ detail: { field: 'plan', value: '' } });
  });

  it('triggers another workflow and goes on at once', () => {
    const { state } = run([['other', 'triggerWorkflow', { flow: { $ref: 'flow', id: '4d1b7a3e-0000-4000-8000-000000000001', name: 'Follow-up' } }], ['after', 'addComment', { text: 'x' }]], [['other', 'next', 'after']]);
    expect(state.effects[0]).toMatchObject({ kind: 'workflowTriggered', detail: { flow: 'Follow-up', flowId: '4d1b7a3e-0000-4000-8000-000000000001' } });
    expect(ports(state).slice(1)).toEqual(['other:next', 'after:next']);
  });

  it('jumps to another step: a retry loop asks again', () => {
    const ask: TestNode = ['ask', 'askQuestion', { question: 'Order number?', answerType: 'number', options: [], invalidAnswerMessage: 'Numbers only', variable: 'order', timeout: 3600 }];
    const { runner, state } = run([ask, ['again', 'jumpTo', { target: 'ask' }]], [['ask', 'failure', 'again']]);
    const asked = runner.resume(state, { kind: 'reply', text: 'soon' });
    expect(ports(asked).slice(1)).toEqual(['ask:failure', 'again:', 'ask:']);
    expect(asked.waiting).toMatchObject({ nodeId: 'ask' });
  });
});

describe('time, hours and outside calls', () => {
  it('waits for its duration on the virtual clock, then goes on', () => {
    const { runner, state } = run([['pause', 'wait', { duration: 3600 }], ['after', 'addComment', { text: 'x' }]], [['pause', 'next', 'after']]);
    expect(state.waiting).toMatchObject({ for: 'time', deadline: MONDAY_MORNING + HOUR });
    expect(runner.passTime(state, MONDAY_MORNING + HOUR - 1).status).toBe('waiting');
    expect(ports(runner.passTime(state, MONDAY_MORNING + HOUR)).slice(1)).toEqual(['pause:next', 'after:next']);
  });

  const hours = (timezone: string, schedule: { day: string; from: string; to: string }[]): TestNode => ['hours', 'dateTime', { timezone, schedule }];
  const weekdays = ['monday', 'tuesday', 'wednesday', 'thursday', 'friday'].map((day) => ({ day, from: '09:00', to: '18:00' }));
  const portAt = (node: TestNode, now: number, world?: WorldAnswers) => run([node], [], { now, world }).state.path.at(-1)!.port;

  it('goes by open within the weekly hours in the step\'s time zone and by closed outside them', () => {
    // MONDAY_MORNING is 09:00 UTC: 06:00 in São Paulo, 04:00 in New York, 18:00 in Tokyo.
    expect(portAt(hours('UTC', weekdays), MONDAY_MORNING)).toBe('open');
    expect(portAt(hours('America/Sao_Paulo', weekdays), MONDAY_MORNING)).toBe('closed');
    expect(portAt(hours('America/Sao_Paulo', weekdays), MONDAY_MORNING + 3 * HOUR)).toBe('open');
    expect(portAt(hours('Asia/Tokyo', weekdays), MONDAY_MORNING - MINUTE)).toBe('open');
    expect(portAt(hours('Asia/Tokyo', weekdays), MONDAY_MORNING)).toBe('closed');
    expect(portAt(hours('UTC', weekdays), MONDAY_MORNING + 5 * DAY)).toBe('closed');
  });

  it('follows the zone\'s summer time, a lunch break, and a holiday the world declares', () => {
    // 2026-07-06 is a Monday; New York is on UTC-4 in summer, UTC-5 in winter.
    const julyMonday = Date.UTC(2026, 6, 6, 13, 30);
    expect(portAt(hours('America/New_York', weekdays), julyMonday)).toBe('open');
    expect(portAt(hours('America/New_York', weekdays), Date.UTC(2026, 0, 5, 13, 30))).toBe('closed');
    const split = hours('UTC', [{ day: 'monday', from: '08:00', to: '12:00' }, { day: 'monday', from: '13:00', to: '17:00' }]);
    expect(portAt(split, Date.UTC(2026, 0, 5, 12, 30))).toBe('closed');
    expect(portAt(split, Date.UTC(2026, 0, 5, 13, 0))).toBe('open');
    expect(portAt(hours('UTC', weekdays), MONDAY_MORNING, { hours: { hours: 'closed' } })).toBe('closed');
  });

  it('reads an unknown time zone as closed rather than failing the run', () => {
    expect(portAt(hours('Mars/Olympus', weekdays), MONDAY_MORNING)).toBe('closed');
  });

  const request: TestNode = ['call', 'httpRequest', { method: 'POST', url: 'https://api.example.com/leads/{{contact.firstName}}', headers: [{ name: 'Authorization', value: 'Bearer s3cret' }], body: '{"token":"s3cret"}', responseVariable: 'lead' }];

  it('records the request without its secrets and waits for the answer', () => {
    const { state } = run([request], []);
    expect(state.waiting).toMatchObject({ for: 'http' });
    expect(state.effects).toEqual([expect.objectContaining({ kind: 'httpRequested', detail: { method: 'POST', url: 'https://api.example.com/leads/Ana' } })]);
    expect(JSON.stringify(state.effects)).not.toContain('s3cret');
  });

  it('goes by success on a 2xx answer keeping the body, by failure otherwise', () => {
    const { runner, state } = run([request], []);
    const ok = runner.resume(state, { kind: 'http', status: 201, body: '{"id":1}' });
    expect(ok.path.at(-1)).toMatchObject({ port: 'success' });
    expect(ok.variables).toEqual({ lead: '{"id":1}' });
    expect(runner.resume(state, { kind: 'http', status: 500 }).path.at(-1)).toMatchObject({ port: 'failure' });
    expect(runner.resume(state, { kind: 'http', status: 302 }).path.at(-1)).toMatchObject({ port: 'failure' });
    expect(runner.resume(state, { kind: 'timeout' }).path.at(-1)).toMatchObject({ port: 'failure' });
  });
});

describe('conversations triggers', () => {
  const vip = { $ref: 'tag', id: 't1', name: 'VIP' } as const;
  const plan = { $ref: 'customField', id: 'plan', name: 'Plan' } as const;
  const cases: { name: string; trigger: TestNode; starts: RunEvent[]; not: RunEvent[] }[] = [
    {
      name: 'tag added',
      trigger: ['t', 'contactTagUpdated', { action: 'added', tag: vip }],
      starts: [{ event: 'tag.added', ref: { $ref: 'tag', id: 't1' } }],
      not: [{ event: 'tag.removed', ref: vip }, { event: 'tag.added', ref: { $ref: 'tag', id: 't2', name: 'Lead' } }],
    },
    { name: 'tag removed', trigger: ['t', 'contactTagUpdated', { action: 'removed', tag: vip }], starts: [{ event: 'tag.removed', ref: vip }], not: [{ event: 'tag.added', ref: vip }] },
    {
      name: 'field updated',
      trigger: ['t', 'contactFieldUpdated', { field: plan }],
      starts: [{ event: 'contactField.updated', ref: { $ref: 'customField', id: 'plan' } }],
      not: [{ event: 'contactField.updated', ref: { $ref: 'customField', id: 'city' } }, { event: 'contactField.updated' }],
    },
    {
      name: 'conversation closed in a category',
      trigger: ['t', 'conversationClosed', { categories: ['Resolved'] }],
      starts: [{ event: 'conversation.closed', data: { category: 'Resolved' } }],
      not: [{ event: 'conversation.closed', data: { category: 'Spam' } }, { event: 'conversation.opened' }],
    },
    { name: 'conversation closed, any category', trigger: ['t', 'conversationClosed', { categories: [] }], starts: [{ event: 'conversation.closed' }], not: [] },
    {
      name: 'conversation opened on a channel',
      trigger: ['t', 'conversationOpened', { channels: [{ $ref: 'channel', id: '1', name: 'WhatsApp' }] }],
      starts: [{ event: 'conversation.opened', data: { channel: 'WhatsApp' } }],
      not: [{ event: 'conversation.opened', data: { channel: 'Email' } }],
    },
    {
      name: 'webhook',
      trigger: ['t', 'incomingWebhook', { identifier: 'email', identifierKey: 'customer_email' }],
      starts: [{ event: 'webhook.received', data: { customer_email: 'ana@example.com' } }],
      not: [{ event: 'webhook.received', data: { email: 'ana@example.com' } }],
    },
    { name: 'manual', trigger: ['t', 'manual', {}], starts: [{ event: 'contact.enrolled' }, { event: 'flow.triggered' }], not: [{ event: 'conversation.opened' }] },
    {
      name: 'shortcut',
      trigger: ['t', 'shortcut', { name: 'Close & turn bot on', description: '' }],
      starts: [{ event: 'shortcut.clicked', data: { shortcut: 'Close & turn bot on' } }],
      not: [{ event: 'shortcut.clicked', data: { shortcut: 'Escalate' } }],
    },
  ];

  it.each(cases)('$name: starts on its events, not on others, and its sample event starts it', ({ trigger, starts, not }) => {
    const runner = new Runner(flowOf('conversations', [trigger], []));
    for (const event of starts) expect(runner.triggersFor(event).map((node) => node.id)).toEqual(['t']);
    for (const event of not) expect(runner.triggersFor(event)).toEqual([]);
    expect(runner.triggersFor(runner.sampleEvent('t')).map((node) => node.id)).toEqual(['t']);
  });
});
