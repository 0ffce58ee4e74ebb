import { describe, expect, it } from 'vitest';
import type { Subject } from '../behaviour';
import { Runner } from '../../runtime/runner';
import type { RunState } from '../../runtime/run-state';
import { MINUTE, MONDAY_MORNING, SECOND, flowOf } from '../../runtime/test-support/flow-of';
import type { TestEdge, TestNode } from '../../runtime/test-support/flow-of';
import { contactCenterBehaviours } from './behaviours';
import { contactCenterCatalog } from './profile';

/*
 * The platforms' page (contact-center-import.en.txt) documents import, not run time. Where a
 * behaviour below is not documented, it is what call-flow platforms ordinarily do, and each
 * behaviour file says so.
 */

/** A call from a customer's mobile to the sales line. */
function caller(overrides: Partial<Subject> = {}): Subject {
  return { id: 'call-1', name: 'Ana Souza', fields: { firstName: 'Ana' }, tags: [], call: { from: '+14155550100', to: '+14155550142' }, ...overrides };
}

const tts = (text: string) => ({ source: 'tts', text });
const salesQueue = { $ref: 'queue', uuid: '0c0b2fab-2285-4e46-917d-4f915bbe7894', name: 'Sales' };
const menuConfig = {
  prompt: tts('For sales press 1, for support press 2.'),
  options: [
    { id: 'sales', digit: '1', label: 'Sales' },
    { id: 'support', digit: '2', label: 'Support' },
  ],
  inputTimeoutSeconds: 5,
  maxAttempts: 3,
};
const digitsConfig = { prompt: tts('Enter your account number, then the pound key.'), minDigits: 4, maxDigits: 6, terminator: '#', variable: 'account', inputTimeoutSeconds: 5, maxAttempts: 2 };

/** A customer flow: start -> `step` (of `type` with `config`); each of `ports` leads to an End of its own. */
function oneStep(type: string, config: Record<string, unknown>, ports: readonly string[], kind?: 'customer' | 'reusable') {
  const nodes: TestNode[] = [['start', 'start'], ['step', type, config], ...ports.map((port): TestNode => [`after-${port}`, 'end'])];
  const edges: TestEdge[] = [['start', 'next', 'step'], ...ports.map((port): TestEdge => ['step', port, `after-${port}`])];
  return flowOf('contact-center', nodes, edges, kind);
}

function started(runner: Runner, subject: Subject = caller()): RunState {
  return runner.start({ subject, now: MONDAY_MORNING })!;
}

const ports = (run: RunState) => run.path.map((step) => `${step.nodeId}${step.port ? `:${step.port}` : ''}`);
const kinds = (run: RunState) => run.effects.map((effect) => `${effect.kind}@${effect.nodeId}`);

describe('contact-center behaviours', () => {
  it.each(contactCenterCatalog.types.map((type) => [type.type, type.role] as const))('%s has a run-time behaviour of its role (%s)', (type, role) => {
    const behaviour = contactCenterBehaviours[type];
    expect(behaviour, type).toBeDefined();
    expect(role === 'trigger' ? 'starts' in behaviour! : 'enter' in behaviour!).toBe(true);
  });

  it('has no behaviour for a type the profile does not declare', () => {
    expect(Object.keys(contactCenterBehaviours).sort()).toEqual(contactCenterCatalog.types.map((type) => type.type).sort());
  });
});

describe('start', () => {
  const flow = oneStep('playPrompt', { prompt: tts('Hello') }, ['next']);

  it('starts a customer flow when a call arrives, and on no other event', () => {
    const runner = new Runner(flow);
    expect(runner.sampleEvent('start')).toEqual({ event: 'call.started' });
    expect(runner.triggersFor({ event: 'call.started' }).map((node) => node.id)).toEqual(['start']);
    expect(runner.triggersFor({ event: 'conversation.opened' })).toEqual([]);
  });
});

describe('play prompt and end', () => {
  it('speaks the text with the caller’s data and variables filled in, then an End hangs up a customer flow', () => {
    const flow = oneStep('playPrompt', { prompt: tts('Hello {{contact.firstName}}, account {{account}}.') }, ['next']);
    const run = new Runner(flow).start({ subject: caller(), now: MONDAY_MORNING, variables: { account: '0042' } })!;
    expect(run.effects.map((effect) => [effect.kind, effect.detail])).toEqual([
      ['promptPlayed', { source: 'tts', prompt: 'Hello Ana, account 0042.' }],
      ['callEnded', undefined],
    ]);
    expect(run).toMatchObject({ status: 'ended', ended: 'callEnded' });
  });

  it('plays a recorded prompt by its name', () => {
    const prompt = { source: 'mediaPrompt', mediaPrompt: { $ref: 'mediaPrompt', uuid: '05a91555-8edd-48cd-a4f1-540bab16ed50', name: 'Hold music' } };
    const run = started(new Runner(oneStep('playPrompt', { prompt }, ['next'])));
    expect(run.effects[0]).toMatchObject({ kind: 'promptPlayed', detail: { source: 'mediaPrompt', prompt: 'Hold music' } });
  });

  it('a reusable flow run on its own completes at its End, with no hang-up: the End returns to a caller (end.ts)', () => {
    const run = started(new Runner(oneStep('playPrompt', { prompt: tts('Hello') }, ['next'], 'reusable')));
    expect(run).toMatchObject({ status: 'ended', ended: 'completed' });
    expect(kinds(run)).toEqual(['promptPlayed@step']);
  });

  it('an unconnected port ends the call flow as completed, with nothing hung up by the flow', () => {
    const run = started(new Runner(flowOf('contact-center', [['start', 'start'], ['hello', 'playPrompt', { prompt: tts('Hi') }]], [['start', 'next', 'hello']])));
    expect(run).toMatchObject({ status: 'ended', ended: 'completed' });
  });
});

describe('menu', () => {
  const flow = oneStep('menu', menuConfig, ['sales', 'support', 'noInput', 'invalid']);

  it('plays the prompt and waits for a key for the no-input timeout', () => {
    const run = started(new Runner(flow));
    expect(run.waiting).toMatchObject({ nodeId: 'step', for: 'digits', deadline: MONDAY_MORNING + 5 * SECOND });
    expect(run.effects.at(-1)).toMatchObject({ kind: 'promptPlayed', detail: { prompt: 'For sales press 1, for support press 2.' } });
  });

  it('a key with an option goes by that option’s port', () => {
    const runner = new Runner(flow);
    expect(ports(runner.resume(started(runner), { kind: 'digits', digits: '2' }))).toEqual(['start:next', 'step:support', 'after-support']);
    expect(ports(runner.resume(started(runner), { kind: 'digits', digits: '1' }))).toEqual(['start:next', 'step:sales', 'after-sales']);
  });

  it('only the first key pressed routes the call', () => {
    const runner = new Runner(flow);
    expect(runner.resume(started(runner), { kind: 'digits', digits: '21' }).path[1]!.port).toBe('support');
  });

  it('no key in time replays the prompt until the attempts are used up, then goes by no input', () => {
    const runner = new Runner(flow);
    const waiting = runner.passTime(started(runner), MONDAY_MORNING + 10 * SECOND);
    expect(waiting.status).toBe('waiting');
    expect(kinds(waiting)).toEqual(['promptPlayed@step', 'promptPlayed@step', 'promptPlayed@step']);
    expect(waiting.waiting?.deadline).toBe(MONDAY_MORNING + 15 * SECOND);
    const done = runner.passTime(waiting, MONDAY_MORNING + MINUTE);
    expect(ports(done)).toEqual(['start:next', 'step:noInput', 'after-noInput']);
    expect(done.effects.filter((effect) => effect.kind === 'promptPlayed')).toHaveLength(3);
  });

  it('a key with no option replays the prompt, and the invalid branch follows the last attempt', () => {
    const runner = new Runner(flow);
    let run = started(runner);
    for (const key of ['9', '#']) {
      run = runner.resume(run, { kind: 'digits', digits: key });
      expect(run.status).toBe('waiting');
    }
    run = runner.resume(run, { kind: 'digits', digits: '0' });
    expect(ports(run)).toEqual(['start:next', 'step:invalid', 'after-invalid']);
  });

  it('a valid key on a later attempt still routes by its option', () => {
    const runner = new Runner(flow);
    const retried = runner.passTime(runner.resume(started(runner), { kind: 'digits', digits: '7' }), MONDAY_MORNING + 5 * SECOND);
    expect(retried.status).toBe('waiting');
    expect(runner.resume(retried, { kind: 'digits', digits: '1' }).path[1]!.port).toBe('sales');
  });

  it('with one attempt, the first miss takes the fallback at once', () => {
    const runner = new Runner(oneStep('menu', { ...menuConfig, maxAttempts: 1 }, ['sales', 'support', 'noInput', 'invalid']));
    expect(runner.resume(started(runner), { kind: 'digits', digits: '5' }).path[1]!.port).toBe('invalid');
    expect(runner.passTime(started(runner), MONDAY_MORNING + 5 * SECOND).path[1]!.port).toBe('noInput');
  });

  it('counts attempts anew when the call comes back to the menu', () => {
    // Invalid goes back to the menu through a prompt: each return gets all its attempts again.
    const loop = flowOf(
      'contact-center',
      [['start', 'start'], ['menu', 'menu', { ...menuConfig, maxAttempts: 2 }], ['sorry', 'playPrompt', { prompt: tts('Sorry.') }], ['bye', 'end']],
      [['start', 'next', 'menu'], ['menu', 'invalid', 'sorry'], ['sorry', 'next', 'menu'], ['menu', 'sales', 'bye']],
    );
    const runner = new Runner(loop);
    let run = started(runner);
    for (const key of ['9', '9', '9']) run = runner.resume(run, { kind: 'digits', digits: key });
    expect(ports(run)).toEqual(['start:next', 'menu:invalid', 'sorry:next', 'menu']);
    expect(run.status).toBe('waiting');
    run = runner.resume(run, { kind: 'digits', digits: '9' });
    expect(run.status).toBe('waiting');
  });
});

describe('collect digits', () => {
  const flow = oneStep('collectDigits', digitsConfig, ['next', 'noInput', 'invalid']);
  const collect = (...keys: string[]) => {
    const runner = new Runner(flow);
    return keys.reduce((run, digits) => runner.resume(run, { kind: 'digits', digits }), started(runner));
  };

  it('stores the digits before the terminator in its variable, as text that keeps leading zeros', () => {
    const run = collect('00427#');
    expect(run.variables.account).toBe('00427');
    expect(run.effects[1]).toMatchObject({ kind: 'digitsCollected', detail: { variable: 'account', digits: '00427' } });
    expect(ports(run)).toEqual(['start:next', 'step:next', 'after-next']);
  });

  it('stops collecting at the most digits, and at the terminator', () => {
    expect(collect('12345678').variables.account).toBe('123456');
    expect(collect('1234#99').variables.account).toBe('1234');
  });

  it('fewer digits than the least, or a key that is not a digit, is invalid: the prompt plays again, then the invalid branch', () => {
    const once = collect('12#');
    expect(once.status).toBe('waiting');
    expect(kinds(once)).toEqual(['promptPlayed@step', 'promptPlayed@step']);
    expect(ports(collect('12#', '12*45#'))).toEqual(['start:next', 'step:invalid', 'after-invalid']);
  });

  it('without a terminator, what was typed is the answer', () => {
    const runner = new Runner(oneStep('collectDigits', { ...digitsConfig, terminator: 'none' }, ['next']));
    expect(runner.resume(started(runner), { kind: 'digits', digits: '98765' }).variables.account).toBe('98765');
  });

  it('no digits in time on every attempt goes by no input', () => {
    const runner = new Runner(flow);
    const run = runner.passTime(started(runner), MONDAY_MORNING + MINUTE);
    expect(ports(run)).toEqual(['start:next', 'step:noInput', 'after-noInput']);
    expect(run.variables.account).toBeUndefined();
  });

  it('the pound key alone on the last attempt is no input', () => {
    expect(collect('#', '#').path[1]!.port).toBe('noInput');
  });
});

describe('business hours', () => {
  const flow = oneStep('businessHours', { schedule: { $ref: 'schedule', uuid: '72b6ebb2-4d34-49da-b120-54d67d1cce1a', name: 'Sales hours' } }, ['open', 'closed']);
  const at = (hours?: string) => new Runner(flow).start({ subject: caller(), now: MONDAY_MORNING, world: hours ? { step: { hours } } : {} })!.path[1]!.port;

  it('goes by open unless the schedule says otherwise (the flow holds the schedule’s reference, not its hours)', () => {
    expect(at()).toBe('open');
    expect(at('open')).toBe('open');
  });

  it('goes by closed when the schedule is closed, or on a holiday', () => {
    expect(at('closed')).toBe('closed');
    expect(at('holiday')).toBe('closed');
  });
});

describe('queues', () => {
  const queueFlow = oneStep('queue', { queue: salesQueue, timeoutSeconds: 600 }, ['timeout']);
  const holdFlow = { $ref: 'flow', id: 'c80ebc45-163c-4014-8204-0206522e6a4f', name: 'Sales hold message' };

  it('queues the call and waits for an agent for the longest wait', () => {
    const run = started(new Runner(queueFlow));
    expect(run.waiting).toMatchObject({ nodeId: 'step', for: 'agent', deadline: MONDAY_MORNING + 10 * MINUTE });
    expect(run.effects[0]).toMatchObject({ kind: 'callQueued', detail: { queue: 'Sales', maxWaitSeconds: 600 } });
  });

  it('an agent answering takes the call out of the flow (queue-fields.ts: once an agent answers, this flow is over)', () => {
    const runner = new Runner(queueFlow);
    const run = runner.resume(started(runner), { kind: 'agent', name: 'Bruno' });
    expect(run).toMatchObject({ status: 'ended', ended: 'handedOver' });
    expect(run.effects.at(-1)).toMatchObject({ kind: 'callTransferred', detail: { queue: 'Sales', agent: 'Bruno' } });
    expect(ports(run)).toEqual(['start:next', 'step']);
  });

  it('nobody answering by the longest wait goes on by timeout, and not a second before', () => {
    const runner = new Runner(queueFlow);
    expect(runner.passTime(started(runner), MONDAY_MORNING + 10 * MINUTE - SECOND).status).toBe('waiting');
    expect(ports(runner.passTime(started(runner), MONDAY_MORNING + 10 * MINUTE))).toEqual(['start:next', 'step:timeout', 'after-timeout']);
  });

  it('queue with flow starts its in-queue flow for the waiting caller (contact-center-import.en.txt: "a flow that invokes a reusable flow, such as one that uses Queue With Flow")', () => {
    const runner = new Runner(oneStep('queueWithFlow', { queue: salesQueue, waitingFlow: holdFlow, timeoutSeconds: 120 }, ['timeout']));
    const run = started(runner);
    expect(run.effects.map((effect) => [effect.kind, effect.detail])).toEqual([
      ['callQueued', { queue: 'Sales', maxWaitSeconds: 120 }],
      ['workflowTriggered', { flow: 'Sales hold message' }],
    ]);
    expect(run.waiting).toMatchObject({ for: 'agent', deadline: MONDAY_MORNING + 2 * MINUTE });
    expect(runner.resume(run, { kind: 'agent', name: 'Bruno' }).ended).toBe('handedOver');
    expect(runner.passTime(run, MONDAY_MORNING + 2 * MINUTE).path[1]!.port).toBe('timeout');
  });

  it('queue with flow starts no in-queue flow while none is chosen', () => {
    const run = started(new Runner(oneStep('queueWithFlow', { queue: salesQueue, waitingFlow: { $ref: 'flow' }, timeoutSeconds: 120 }, ['timeout'])));
    expect(kinds(run)).toEqual(['callQueued@step']);
  });
});

describe('transfer, disposition and script', () => {
  const transferFlow = oneStep('transfer', { destination: { mode: 'phoneNumber', phoneNumber: '+14155550142' } }, ['failure']);

  it('a transfer that goes through hands the call over and ends this flow', () => {
    const run = started(new Runner(transferFlow));
    expect(run).toMatchObject({ status: 'ended', ended: 'handedOver' });
    expect(run.effects).toEqual([expect.objectContaining({ kind: 'callTransferred', detail: { destination: '+14155550142' } })]);
  });

  it('a transfer the world fails goes on by failure', () => {
    const run = new Runner(transferFlow).start({ subject: caller(), now: MONDAY_MORNING, world: { step: { transfer: 'failed' } } })!;
    expect(ports(run)).toEqual(['start:next', 'step:failure', 'after-failure']);
    expect(kinds(run)).toEqual(['transferFailed@step', 'callEnded@after-failure']);
  });

  it('a transfer to a queue names the queue', () => {
    const run = started(new Runner(oneStep('transfer', { destination: { mode: 'queue', queue: salesQueue } }, ['failure'])));
    expect(run.effects[0]!.detail).toEqual({ destination: 'Sales' });
  });

  it('sets the disposition with its lists, then goes on', () => {
    const lists = {
      dispositionList: { $ref: 'dispositionList', uuid: '9846e0dc-4273-412b-bc53-1eb80c03425d', name: 'Inbound sales dispositions' },
      reasonList: { $ref: 'reasonList', uuid: '34c23f84-1f96-483f-99ad-65d9e23e36d6', name: 'After-hours reasons' },
    };
    const run = started(new Runner(oneStep('setDisposition', lists, ['next'])));
    expect(run.effects[0]).toMatchObject({ kind: 'dispositionSet', detail: { dispositionList: 'Inbound sales dispositions', reasonList: 'After-hours reasons' } });
    expect(ports(run)).toEqual(['start:next', 'step:next', 'after-next']);
  });

  it('walks past a script without running its code (a flow with a script cannot be exported to run on a tenant)', () => {
    const run = started(new Runner(oneStep('script', { code: 'throw new Error("never run")' }, ['next'])));
    expect(ports(run)).toEqual(['start:next', 'step:next', 'after-next']);
    expect(kinds(run)).toEqual(['callEnded@after-next']);
  });
});
