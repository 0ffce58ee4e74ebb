import { describe, expect, it } from 'vitest';
import type { Subject } from '../behaviour';
import type { Flow } from '../../format/flow-schema';
import type { EntityRef } from '../../format/entity-ref';
import { RunError, Runner } from '../../runtime/runner';
import type { RunState } from '../../runtime/run-state';
import { MONDAY_MORNING, SECOND, flowOf } from '../../runtime/test-support/flow-of';
import type { TestEdge, TestNode } from '../../runtime/test-support/flow-of';

/*
 * Reusable flows that are called and return. The platforms' page documents only that a flow
 * invokes reusable flows (contact-center-import.en.txt); the End type says what returning is:
 * "in a reusable flow control returns to the flow that called it, which continues after its
 * 'Call reusable flow' step" (end.ts).
 */

const caller: Subject = { id: 'call-1', name: 'Ana Souza', fields: {}, tags: [], call: { from: '+14155550100', to: '+14155550142' } };
const tts = (text: string) => ({ source: 'tts', text });
const say = (id: string, text = id): TestNode => [id, 'playPrompt', { prompt: tts(text) }];
const refTo = (flow: Flow): EntityRef => ({ $ref: 'flow', id: flow.id, name: flow.name });
const calls = (id: string, flow: Flow): TestNode => [id, 'callReusableFlow', { flow: refTo(flow) }];

function reusable(nodes: readonly TestNode[], edges: readonly TestEdge[]): Flow {
  return flowOf('contact-center', [['start', 'start'], ...nodes], edges, 'reusable');
}

function customer(nodes: readonly TestNode[], edges: readonly TestEdge[]): Flow {
  return flowOf('contact-center', [['start', 'start'], ...nodes], edges, 'customer');
}

/** A runner for `flow` that can call any of `library`. */
function runnerFor(flow: Flow, ...library: Flow[]): Runner {
  return new Runner(flow, { flows: (ref) => library.find((candidate) => candidate.id === ref.id) });
}

const start = (runner: Runner, world = {}) => runner.start({ subject: caller, now: MONDAY_MORNING, world })!;
/** The path as `flow-name/node:port`, naming the flow only for called flows. */
function trail(run: RunState, names: Record<string, string>): string[] {
  return run.path.map((step) => `${step.flowId === run.flowId ? '' : `${names[step.flowId] ?? step.flowId}/`}${step.nodeId}${step.port ? `:${step.port}` : ''}`);
}
const spoken = (run: RunState) => run.effects.filter((effect) => effect.kind === 'promptPlayed').map((effect) => effect.detail?.prompt);

const closedMessage = reusable([say('message', 'We are closed.'), ['end', 'end']], [['start', 'next', 'message'], ['message', 'next', 'end']]);
const names = { [closedMessage.id]: 'closed' };

describe('calling reusable flows', () => {
  it('runs the reusable flow, and its End returns the call to the step after the call (end.ts: "control returns to the flow that called it")', () => {
    const main = customer([calls('closed', closedMessage), say('bye', 'Goodbye.'), ['hang-up', 'end']], [['start', 'next', 'closed'], ['closed', 'next', 'bye'], ['bye', 'next', 'hang-up']]);
    const run = start(runnerFor(main, closedMessage));
    expect(trail(run, names)).toEqual(['start:next', 'closed:next', 'closed/start:next', 'closed/message:next', 'closed/end', 'bye:next', 'hang-up']);
    expect(spoken(run)).toEqual(['We are closed.', 'Goodbye.']);
    expect(run.effects.map((effect) => [effect.kind, effect.flowId])).toEqual([
      ['promptPlayed', closedMessage.id],
      ['promptPlayed', main.id],
      ['callEnded', main.id],
    ]);
    expect(run).toMatchObject({ status: 'ended', ended: 'callEnded', stack: [] });
  });

  it('a reusable flow whose path runs out without an End returns as well', () => {
    const noEnd = reusable([say('message')], [['start', 'next', 'message']]);
    const main = customer([calls('call', noEnd), ['hang-up', 'end']], [['start', 'next', 'call'], ['call', 'next', 'hang-up']]);
    expect(start(runnerFor(main, noEnd)).path.map((step) => step.nodeId)).toEqual(['start', 'call', 'start', 'message', 'hang-up']);
  });

  it('a call step with nothing after it completes the customer flow once the called flow returns, without a hang-up', () => {
    const main = customer([calls('call', closedMessage)], [['start', 'next', 'call']]);
    const run = start(runnerFor(main, closedMessage));
    expect(run).toMatchObject({ status: 'ended', ended: 'completed', stack: [] });
    expect(run.path[1]).toMatchObject({ nodeId: 'call', port: 'next' });
  });

  it('nested calls return each to its own caller, innermost first', () => {
    const inner = reusable([say('inner'), ['end', 'end']], [['start', 'next', 'inner'], ['inner', 'next', 'end']]);
    const middle = reusable([say('before'), calls('call-inner', inner), say('after'), ['end', 'end']], [
      ['start', 'next', 'before'],
      ['before', 'next', 'call-inner'],
      ['call-inner', 'next', 'after'],
      ['after', 'next', 'end'],
    ]);
    const main = customer([calls('call-middle', middle), say('back'), ['hang-up', 'end']], [['start', 'next', 'call-middle'], ['call-middle', 'next', 'back'], ['back', 'next', 'hang-up']]);
    const run = start(runnerFor(main, middle, inner));
    expect(spoken(run)).toEqual(['before', 'inner', 'after', 'back']);
    expect(trail(run, { [middle.id]: 'middle', [inner.id]: 'inner' })).toEqual([
      'start:next',
      'call-middle:next',
      'middle/start:next',
      'middle/before:next',
      'middle/call-inner:next',
      'inner/start:next',
      'inner/inner:next',
      'inner/end',
      'middle/after:next',
      'middle/end',
      'back:next',
      'hang-up',
    ]);
    expect(run).toMatchObject({ ended: 'callEnded', stack: [] });
  });

  it('calls the same reusable flow twice, returning each time to the step after that call', () => {
    const main = customer([calls('first', closedMessage), calls('second', closedMessage), ['hang-up', 'end']], [
      ['start', 'next', 'first'],
      ['first', 'next', 'second'],
      ['second', 'next', 'hang-up'],
    ]);
    const run = start(runnerFor(main, closedMessage));
    expect(spoken(run)).toEqual(['We are closed.', 'We are closed.']);
    expect(run.path.filter((step) => step.flowId === main.id).map((step) => `${step.nodeId}:${step.port ?? ''}`)).toEqual(['start:next', 'first:next', 'second:next', 'hang-up:']);
  });

  it('a called flow that waits for digits keeps its caller to return to, through input and timeouts', () => {
    const menu = {
      prompt: tts('Press 9 for the emergency line.'),
      options: [{ id: 'emergency', digit: '9', label: 'Emergency' }],
      inputTimeoutSeconds: 5,
      maxAttempts: 1,
    };
    const closedMenu = reusable([['closed-menu', 'menu', menu], say('emergency'), ['end', 'end']], [
      ['start', 'next', 'closed-menu'],
      ['closed-menu', 'emergency', 'emergency'],
      ['closed-menu', 'noInput', 'end'],
      ['emergency', 'next', 'end'],
    ]);
    const main = customer([calls('closed', closedMenu), say('bye'), ['hang-up', 'end']], [['start', 'next', 'closed'], ['closed', 'next', 'bye'], ['bye', 'next', 'hang-up']]);
    const runner = runnerFor(main, closedMenu);
    const waiting = start(runner);
    expect(waiting.waiting).toMatchObject({ flowId: closedMenu.id, nodeId: 'closed-menu', for: 'digits' });
    expect(waiting.stack).toEqual([{ flowId: main.id, nodeId: 'closed', returnPort: 'next' }]);
    expect(waiting.path[1]).toEqual({ flowId: main.id, nodeId: 'closed', at: MONDAY_MORNING });

    const pressed = runner.resume(waiting, { kind: 'digits', digits: '9' });
    expect(spoken(pressed)).toEqual(['Press 9 for the emergency line.', 'emergency', 'bye']);
    expect(pressed).toMatchObject({ ended: 'callEnded', stack: [] });
    expect(pressed.path[1]).toMatchObject({ nodeId: 'closed', port: 'next' });

    const silent = runner.passTime(waiting, MONDAY_MORNING + 5 * SECOND);
    expect(spoken(silent)).toEqual(['Press 9 for the emergency line.', 'bye']);
    expect(silent).toMatchObject({ ended: 'callEnded', stack: [] });
  });

  it('a run stored while it waits inside a called flow goes on with a new runner, which finds the called flow by its id (as a server resumes it)', () => {
    const menu = { prompt: tts('Press 1.'), options: [{ id: 'one', digit: '1', label: 'One' }], inputTimeoutSeconds: 5, maxAttempts: 1 };
    const asking = reusable([['ask', 'menu', menu], say('pressed'), ['end', 'end']], [['start', 'next', 'ask'], ['ask', 'one', 'pressed'], ['pressed', 'next', 'end']]);
    const main = customer([calls('call', asking), say('bye'), ['hang-up', 'end']], [['start', 'next', 'call'], ['call', 'next', 'bye'], ['bye', 'next', 'hang-up']]);
    const stored: RunState = structuredClone(start(runnerFor(main, asking)));
    const pressed = runnerFor(main, asking).resume(stored, { kind: 'digits', digits: '1' });
    expect(spoken(pressed)).toEqual(['Press 1.', 'pressed', 'bye']);
    expect(pressed).toMatchObject({ ended: 'callEnded', stack: [] });
    const silent = runnerFor(main, asking).passTime(stored, MONDAY_MORNING + 5 * SECOND);
    expect(spoken(silent)).toEqual(['Press 1.', 'bye']);
    expect(() => new Runner(main).resume(stored, { kind: 'digits', digits: '1' })).toThrow(RunError);
  });

  it('a transfer that goes through inside a called flow hands the call over: the caller does not go on', () => {
    const emergency = reusable([['transfer', 'transfer', { destination: { mode: 'phoneNumber', phoneNumber: '+14155550199' } }], ['end', 'end']], [
      ['start', 'next', 'transfer'],
      ['transfer', 'failure', 'end'],
    ]);
    const main = customer([calls('call', emergency), say('bye'), ['hang-up', 'end']], [['start', 'next', 'call'], ['call', 'next', 'bye'], ['bye', 'next', 'hang-up']]);
    const runner = runnerFor(main, emergency);
    const through = start(runner);
    expect(through).toMatchObject({ status: 'ended', ended: 'handedOver', stack: [] });
    expect(through.path.at(-1)).toMatchObject({ flowId: emergency.id, nodeId: 'transfer' });
    expect(through.path[1]!.port).toBeUndefined();

    const failed = start(runner, { transfer: { transfer: 'failed' } });
    expect(spoken(failed)).toEqual(['bye']);
    expect(failed.ended).toBe('callEnded');
  });

  it('says which flow is missing when a called flow is not available', () => {
    const main = customer([calls('call', closedMessage)], [['start', 'next', 'call']]);
    expect(() => start(new Runner(main))).toThrow(RunError);
    expect(() => start(new Runner(main))).toThrow(closedMessage.name);
    // The error carries the run ejected at the call, for a server to store as it got that far.
    const error = (() => {
      try {
        start(new Runner(main));
      } catch (thrown) {
        return thrown as RunError;
      }
    })();
    expect(error?.stopped).toMatchObject({ status: 'ended', ended: 'ejected', stack: [] });
    expect(error?.stopped?.path.map((step) => `${step.nodeId}:${step.port ?? ''}`)).toEqual(['start:next', 'call:']);
  });

  it('reusable flows calling each other in a circle never return: the step limit stops the run', () => {
    const ids = ['00000000-0000-4000-8000-0000000c1c1a', '00000000-0000-4000-8000-0000000c1c1b'];
    const one = flowOf('contact-center', [['start', 'start'], ['call', 'callReusableFlow', { flow: { $ref: 'flow', id: ids[1], name: 'Two' } }]], [['start', 'next', 'call']], 'reusable', ids[0]);
    const two = flowOf('contact-center', [['start', 'start'], ['call', 'callReusableFlow', { flow: { $ref: 'flow', id: ids[0], name: 'One' } }]], [['start', 'next', 'call']], 'reusable', ids[1]);
    const main = customer([calls('call', one)], [['start', 'next', 'call']]);
    const run = start(runnerFor(main, one, two));
    expect(run).toMatchObject({ status: 'ended', ended: 'stepLimit', stack: [] });
  });
});
