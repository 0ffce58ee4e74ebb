import { describe, expect, it } from 'vitest';
import { Runner, RunError } from './runner';
import { DAY, MONDAY_MORNING, contact, flowOf } from './test-support/flow-of';

const question = { question: 'Hi {{contact.firstName}}, what is your order number?', answerType: 'number', options: [], invalidAnswerMessage: 'Numbers only, please.', variable: 'order', timeout: 7 * 24 * 3600 };

/** Opened conversation -> ask -> answered: thank; timeout and failure left unconnected. */
const askFlow = flowOf(
  'conversations',
  [
    ['opened', 'conversationOpened', { channels: [] }],
    ['ask', 'askQuestion', question],
    ['thanks', 'sendMessage', { text: 'Thanks, order {{order}} noted.' }],
  ],
  [
    ['opened', 'next', 'ask'],
    ['ask', 'answered', 'thanks'],
  ],
);

describe('the runner', () => {
  it('starts at the trigger the event starts and waits at a question with the question sent', () => {
    const runner = new Runner(askFlow);
    const state = runner.start({ subject: contact(), now: MONDAY_MORNING, event: { event: 'conversation.opened' } })!;
    expect(state.status).toBe('waiting');
    expect(state.waiting).toMatchObject({ nodeId: 'ask', for: 'reply', deadline: MONDAY_MORNING + 7 * DAY });
    expect(state.effects).toEqual([
      expect.objectContaining({ kind: 'questionAsked', nodeId: 'ask', detail: expect.objectContaining({ text: 'Hi Ana, what is your order number?' }) }),
    ]);
    expect(state.path.map((step) => [step.nodeId, step.port])).toEqual([
      ['opened', 'next'],
      ['ask', undefined],
    ]);
  });

  it('does not start on an event no trigger of the flow listens for', () => {
    expect(new Runner(askFlow).start({ subject: contact(), now: MONDAY_MORNING, event: { event: 'tag.added' } })).toBeUndefined();
  });

  it('goes on with a valid reply, keeping it as a variable later messages use', () => {
    const runner = new Runner(askFlow);
    const waiting = runner.start({ subject: contact(), now: MONDAY_MORNING })!;
    const done = runner.resume(waiting, { kind: 'reply', text: ' 4711 ' });
    expect(done.status).toBe('ended');
    expect(done.ended).toBe('completed');
    expect(done.effects.at(-1)).toMatchObject({ kind: 'messageSent', nodeId: 'thanks', detail: { text: 'Thanks, order 4711 noted.' } });
    expect(done.path.map((step) => step.port)).toEqual(['next', 'answered', 'next']);
  });

  it('an unconnected failure branch ends the workflow (conversations-workflows.es.txt: "Si no hay pasos configurados en la rama de fallas, el flujo de trabajo finalizará")', () => {
    const runner = new Runner(askFlow);
    const done = runner.resume(runner.start({ subject: contact(), now: MONDAY_MORNING })!, { kind: 'reply', text: 'soon' });
    expect(done).toMatchObject({ status: 'ended', ended: 'completed' });
    expect(done.effects.at(-1)).toMatchObject({ kind: 'messageSent', detail: { text: 'Numbers only, please.' } });
    expect(done.path.at(-1)).toMatchObject({ nodeId: 'ask', port: 'failure' });
  });

  it('times out at the deadline and not before, on the virtual clock', () => {
    const runner = new Runner(askFlow);
    const waiting = runner.start({ subject: contact(), now: MONDAY_MORNING })!;
    const sixDays = runner.passTime(waiting, MONDAY_MORNING + 6 * DAY);
    expect(sixDays.status).toBe('waiting');
    const eightDays = runner.passTime(sixDays, MONDAY_MORNING + 8 * DAY);
    expect(eightDays).toMatchObject({ status: 'ended', now: MONDAY_MORNING + 8 * DAY });
    expect(eightDays.path.at(-1)).toMatchObject({ nodeId: 'ask', port: 'timeout', at: MONDAY_MORNING });
  });

  it('leaves the state it was given as it was, so an earlier moment of a run can be kept and resumed again', () => {
    const runner = new Runner(askFlow);
    const waiting = runner.start({ subject: contact(), now: MONDAY_MORNING })!;
    const before = structuredClone(waiting);
    runner.resume(waiting, { kind: 'reply', text: '4711' });
    runner.passTime(waiting, MONDAY_MORNING + 8 * DAY);
    expect(waiting).toEqual(before);
    expect(runner.resume(waiting, { kind: 'reply', text: '12' }).variables).toEqual({ order: '12' });
  });

  it('refuses input the run does not wait for, and time that goes back', () => {
    const runner = new Runner(askFlow);
    const waiting = runner.start({ subject: contact(), now: MONDAY_MORNING })!;
    expect(() => runner.resume(waiting, { kind: 'digits', digits: '1' })).toThrow(RunError);
    expect(() => runner.passTime(waiting, MONDAY_MORNING - 1)).toThrow(RunError);
    const ended = runner.resume(waiting, { kind: 'reply', text: '1' });
    expect(() => runner.resume(ended, { kind: 'reply', text: '1' })).toThrow(RunError);
  });

  it('a message that cannot be delivered takes the contact out of the workflow (conversations-workflows.es.txt: "el contacto saldrá del flujo de trabajo")', () => {
    const flow = flowOf(
      'conversations',
      [
        ['opened', 'conversationOpened', { channels: [] }],
        ['hello', 'sendMessage', { text: 'Hello' }],
        ['again', 'sendMessage', { text: 'Again' }],
      ],
      [
        ['opened', 'next', 'hello'],
        ['hello', 'next', 'again'],
      ],
    );
    const done = new Runner(flow, { world: { hello: { delivery: 'failed' } } }).start({ subject: contact(), now: MONDAY_MORNING })!;
    expect(done).toMatchObject({ status: 'ended', ended: 'deliveryFailed' });
    expect(done.effects.map((effect) => effect.kind)).toEqual(['messageFailed']);
  });

  it('a branch takes the first condition that holds, else the else branch', () => {
    const flow = flowOf(
      'conversations',
      [
        ['opened', 'conversationOpened', { channels: [] }],
        ['route', 'branch', { conditions: [
          { id: 'vip', name: 'VIP', field: 'tags', operator: 'contains', value: 'VIP' },
          { id: 'big', name: 'Big', field: 'contact.orders', operator: 'greaterThan', value: '10' },
        ] }],
      ],
      [['opened', 'next', 'route']],
    );
    const runner = new Runner(flow);
    const portFor = (tags: string[], orders: number) => runner.start({ subject: contact({ tags, fields: { orders } }), now: MONDAY_MORNING })!.path.at(-1)!.port;
    expect(portFor(['VIP'], 50)).toBe('vip');
    expect(portFor([], 50)).toBe('big');
    expect(portFor([], 2)).toBe('else');
  });
});
