import { beforeEach, describe, expect, it } from 'vitest';
import { flowOf } from '../../../shared/runtime/test-support/flow-of';
import { runFlowTest } from '../../../shared/runtime/run-flow-test';
import { useRunMarks } from '../documents/run-marks';
import { translatorFor } from '../i18n/resources';
import { testCaseOf } from './simulation-run';
import { lastRun, setupEdits, useSimulations } from './simulation-store';
import { outcomeText, transcriptOf } from './simulation-view';

const question = { question: 'Hi {{contact.firstName}}, residential or business?', answerType: 'text', options: [], invalidAnswerMessage: '', variable: 'interest', timeout: 7 * 24 * 3600 };

/** Opened -> ask -> (answered) thanks; (timeout) bye. */
const flow = flowOf(
  'conversations',
  [
    ['opened', 'conversationOpened', { channels: [] }],
    ['ask', 'askQuestion', question],
    ['thanks', 'sendMessage', { text: 'Thanks, {{interest}} it is.' }],
    ['bye', 'sendMessage', { text: 'We will write again later.' }],
  ],
  [
    ['opened', 'next', 'ask'],
    ['ask', 'answered', 'thanks'],
    ['ask', 'timeout', 'bye'],
  ],
);
const DOC = 'sales/welcome.flow.json';
const store = () => useSimulations.getState();
const simulation = () => store().byDoc[DOC]!;

beforeEach(() => {
  store().forget(DOC);
  store().ensure(DOC, flow);
});

describe('a simulation of an open flow', () => {
  it('starts at the flow’s trigger with a test contact, waits at the question and outlines the path on the canvas', () => {
    expect(simulation().setup.triggerId).toBe('opened');
    store().editSetup(DOC, flow, setupEdits.name('Ana Souza'));
    expect(simulation().result).toBeNull();
    store().run(DOC, flow);
    const run = lastRun(simulation())!;
    expect(run).toMatchObject({ status: 'waiting', waiting: { nodeId: 'ask', for: 'reply' } });
    expect(run.effects[0]).toMatchObject({ kind: 'questionAsked', detail: { text: 'Hi Ana, residential or business?' } });
    expect(useRunMarks.getState().byDoc[DOC]).toEqual({ steps: { opened: 'passed', ask: 'current' }, connections: ['opened.next'] });
  });

  it('answers the question: the reply goes into the transcript between the question and the next message, and the path moves on', async () => {
    store().run(DOC, flow);
    store().give(DOC, flow, { reply: 'business' });
    const run = lastRun(simulation())!;
    expect(run).toMatchObject({ status: 'ended', ended: 'completed' });
    expect(useRunMarks.getState().byDoc[DOC]).toEqual({ steps: { opened: 'passed', ask: 'passed', thanks: 'current' }, connections: ['opened.next', 'ask.answered'] });
    const t = await translatorFor('en');
    const transcript = transcriptOf(simulation().result!.runs, simulation().inputs);
    expect(transcript.map((entry) => (entry.from === 'flow' ? `flow: ${String(entry.effect.detail?.text)}` : `contact: ${JSON.stringify(entry.input)}`))).toEqual([
      'flow: Hi Test, residential or business?',
      'contact: {"reply":"business"}',
      'flow: Thanks, business it is.',
    ]);
    expect(outcomeText(t, run, 'en')).toBe('Ended: completed');
  });

  it('lets the timeout pass: "El paso Hacer una pregunta tiene un período de tiempo de espera predeterminado de 7 días" (conversations-workflows.es.txt)', async () => {
    store().run(DOC, flow);
    const t = await translatorFor('en');
    // The deadline in the UI's language and the machine's time zone: seven days after Monday 5 January.
    expect(outcomeText(t, lastRun(simulation())!, 'en')).toMatch(/^Waiting for a reply until Jan 1[12], 2026, /);
    store().give(DOC, flow, { wait: 7 * 24 * 3600 });
    expect(lastRun(simulation())!.path.map((step) => [step.nodeId, step.port])).toEqual([
      ['opened', 'next'],
      ['ask', 'timeout'],
      ['bye', 'next'],
    ]);
  });

  it('makes a delivery fail at a chosen step: "Si no se envía un mensaje [...] el contacto saldrá del flujo de trabajo" (conversations-workflows.es.txt)', async () => {
    store().run(DOC, flow);
    store().give(DOC, flow, { reply: 'business' });
    // Set while running: the run is run again with the same reply and the new answer of the world.
    store().editSetup(DOC, flow, setupEdits.world({ nodeId: 'thanks', question: 'delivery', answer: 'failed' }));
    const run = lastRun(simulation())!;
    expect(run).toMatchObject({ status: 'ended', ended: 'deliveryFailed' });
    expect(outcomeText(await translatorFor('en'), run, 'en')).toBe('Taken out: message not delivered');
    expect(outcomeText(await translatorFor('es'), run, 'es')).toBe('Sacado del flujo: mensaje no entregado');
  });

  it('restarts from the same setup with nothing given', () => {
    store().run(DOC, flow);
    store().give(DOC, flow, { reply: 'business' });
    store().run(DOC, flow);
    expect(simulation().inputs).toEqual([]);
    expect(lastRun(simulation())!.status).toBe('waiting');
  });

  it('says why a run stopped rather than losing it: an input the run does not wait for is refused', () => {
    store().run(DOC, flow);
    store().give(DOC, flow, { digits: '1' });
    expect(simulation().result!.problem).toMatch(/waits for reply/);
    expect(simulation().result!.runs).toHaveLength(1);
  });

  it('is the test it saves: the saved test passes against the flow, with the contact’s fields and tags', () => {
    store().editSetup(DOC, flow, setupEdits.addField());
    store().editSetup(DOC, flow, setupEdits.field(0, { key: 'plan', value: '3' }));
    store().editSetup(DOC, flow, setupEdits.tags('vip, , lead'));
    store().run(DOC, flow);
    store().give(DOC, flow, { reply: 'residential' });
    const test = testCaseOf(flow, simulation().setup, simulation().inputs, lastRun(simulation()), 'residential');
    expect(test.subject).toMatchObject({ fields: { plan: 3 }, tags: ['vip', 'lead'] });
    expect(test.expect).toMatchObject({ outcome: 'completed', path: [{ node: 'opened', port: 'next' }, { node: 'ask', port: 'answered' }, { node: 'thanks', port: 'next' }] });
    expect(runFlowTest(flow, test)).toMatchObject({ passed: true });
  });

  it('takes its outline off the canvas when forgotten', () => {
    store().run(DOC, flow);
    store().forget(DOC);
    expect(useRunMarks.getState().byDoc[DOC]).toBeUndefined();
  });
});
