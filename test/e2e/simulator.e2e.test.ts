import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import type { Page } from 'playwright-core';
import { serializeFlow } from '../../shared/format/flow-file';
import { flowSchema } from '../../shared/format/flow-schema';
import { readFlowTestFile } from '../../shared/runtime/flow-test-file';
import { runCli } from '../cli/run-cli';
import { axeViolations } from './support/axe';
import { UI_SETTLE, nodeById, openFromLibrary, waitForEditor } from './support/editor-page';
import { useEditorSessions } from './support/editor-session';
import { TEST_RESULTS_DIR } from './support/paths';

const { openSession } = useEditorSessions();
const SCREENSHOTS_DIR = join(TEST_RESULTS_DIR, 'screenshots');
const FLOW_PATH = 'conversations/solar-interest.flow.json';

/**
 * A conversations flow with a question, built from the Sales auto-assignment example's question
 * and routing, with messages where the example assigns teams: only the question, the branch and
 * messages have run-time behaviours on this branch (the other conversations steps come with the
 * conversations runtime). The question waits the platform's default of seven days.
 */
const solarInterest = flowSchema.parse({
  format: 'flowpack.flow',
  version: 1,
  id: '5d0c7a52-3b1e-4f7a-9c55-2a8e61f0b7d4',
  name: 'Solar interest',
  description: 'Asks what the contact is interested in and answers by interest.',
  profile: 'conversations',
  kind: 'standard',
  nodes: [
    { id: 'trigger', type: 'conversationOpened', name: 'Conversation opened', position: { x: 0, y: 120 }, config: { channels: [] } },
    {
      id: 'ask-interest',
      type: 'askQuestion',
      name: 'Ask about interest',
      position: { x: 300, y: 120 },
      config: { question: 'Hi {{contact.firstName}}, what are you interested in?', answerType: 'multipleChoice', options: ['Residential solar', 'Business solar'], invalidAnswerMessage: '', variable: 'interest', timeout: 604800 },
    },
    {
      id: 'route-interest',
      type: 'branch',
      name: 'Route by interest',
      position: { x: 600, y: 0 },
      config: { conditions: [{ id: 'business', name: 'Business', field: 'interest', operator: 'equals', value: 'Business solar' }] },
    },
    { id: 'business-reply', type: 'sendMessage', name: 'Business reply', position: { x: 900, y: 0 }, config: { text: 'A business specialist will write to you shortly.' } },
    { id: 'general-reply', type: 'sendMessage', name: 'General reply', position: { x: 900, y: 160 }, config: { text: 'Someone from our team will write to you shortly.' } },
    { id: 'no-reply', type: 'sendMessage', name: 'No reply', position: { x: 600, y: 300 }, config: { text: 'We will be here when you need us.' } },
  ],
  edges: [
    { id: 'trigger.next', source: 'trigger', sourcePort: 'next', target: 'ask-interest' },
    { id: 'ask-interest.answered', source: 'ask-interest', sourcePort: 'answered', target: 'route-interest' },
    { id: 'ask-interest.timeout', source: 'ask-interest', sourcePort: 'timeout', target: 'no-reply' },
    { id: 'route-interest.business', source: 'route-interest', sourcePort: 'business', target: 'business-reply' },
    { id: 'route-interest.else', source: 'route-interest', sourcePort: 'else', target: 'general-reply' },
  ],
});

const panel = (page: Page) => page.getByRole('complementary', { name: /^(Simulate|Simular)$/ });
const outcome = (page: Page) => panel(page).getByRole('region', { name: /^(Outcome|Resultado)$/ }).getByRole('status');
const transcript = (page: Page) => panel(page).getByRole('region', { name: /^(Transcript|Transcripción)$/ });
/** Fits the canvas, narrower with the panel open, so every step is drawn (only steps in view are). */
async function fitView(page: Page): Promise<void> {
  await panel(page).waitFor();
  await page.getByRole('button', { name: /^(Fit view|Ajustar a la vista)/ }).click();
}
const classOf = (page: Page, nodeId: string) => nodeById(page, nodeId).getAttribute('class');
const edgeClass = (page: Page, edgeId: string) => page.locator(`.react-flow__edge[data-id="${edgeId}"]`).getAttribute('class');

/** Opens the editor on the examples plus the flow above, with the flow open. */
async function openFlow(options: { colorScheme?: 'light' | 'dark' } = {}) {
  const session = await openSession(options);
  await writeFile(join(session.workspace.root, FLOW_PATH), serializeFlow(solarInterest));
  await session.page.reload();
  await waitForEditor(session.page);
  await openFromLibrary(session.page, 'Solar interest');
  await nodeById(session.page, 'ask-interest').waitFor();
  return session;
}

describe('the Simulate panel', () => {
  test('runs a flow, answers its question, shows the path and the transcript; lets the timeout pass; saves it as a test that passes', async () => {
    await mkdir(SCREENSHOTS_DIR, { recursive: true });
    const { page, workspace } = await openFlow();

    // The registry's key opens it (Simulate is also a button of the top bar).
    await page.keyboard.press('Control+Shift+X');
    await panel(page).waitFor();
    await fitView(page);
    await panel(page).getByRole('textbox', { name: 'Name', exact: true }).fill('Ana Souza');
    await panel(page).getByRole('button', { name: 'Run' }).click();
    await expect.poll(() => outcome(page).textContent(), UI_SETTLE).toMatch(/^Waiting for a reply until /);
    await expect.poll(() => classOf(page, 'ask-interest'), UI_SETTLE).toContain('run-current');
    expect(await classOf(page, 'trigger')).toContain('run-passed');
    await expect.poll(() => transcript(page).textContent(), UI_SETTLE).toContain('Hi Ana, what are you interested in?');

    // Answer it from the keyboard: Enter sends.
    await panel(page).getByRole('textbox', { name: 'Reply' }).fill('Business solar');
    await page.keyboard.press('Enter');
    await expect.poll(() => outcome(page).textContent(), UI_SETTLE).toBe('Ended: completed');
    await expect.poll(() => classOf(page, 'business-reply'), UI_SETTLE).toContain('run-current');
    expect(await classOf(page, 'route-interest')).toContain('run-passed');
    expect(await classOf(page, 'general-reply')).not.toContain('run-');
    expect(await edgeClass(page, 'route-interest.business')).toContain('run-taken');
    expect(await edgeClass(page, 'ask-interest.timeout')).not.toContain('run-taken');
    const said = await transcript(page).getByRole('listitem').allTextContents();
    expect(said.map((line) => line.replace(/^(Flow|Contact)/, ''))).toEqual([
      'Hi Ana, what are you interested in?Choices: Residential solar, Business solar',
      'Reply: Business solar',
      'A business specialist will write to you shortly.',
    ]);
    await expect.poll(() => panel(page).getByRole('region', { name: 'Effects' }).textContent(), UI_SETTLE).toContain('Message sent at “Business reply”');
    await page.screenshot({ path: join(SCREENSHOTS_DIR, 'simulator-answered-light.png') });
    expect(await axeViolations(page, 'simulator')).toEqual([]);

    // The world: the business reply cannot be delivered, so the contact is taken out.
    await panel(page).getByRole('combobox', { name: 'Step' }).selectOption({ label: 'Business reply' });
    await panel(page).getByRole('combobox', { name: 'Question' }).selectOption({ label: 'Message delivery' });
    await panel(page).getByRole('combobox', { name: 'Answer' }).fill('failed');
    await panel(page).getByRole('button', { name: 'Set' }).click();
    await expect.poll(() => outcome(page).textContent(), UI_SETTLE).toBe('Taken out: message not delivered');
    await panel(page).getByRole('button', { name: 'Remove: Business reply, Message delivery' }).click();

    // Run again and let the week pass without a reply.
    await panel(page).getByRole('button', { name: 'Restart' }).click();
    await expect.poll(() => outcome(page).textContent(), UI_SETTLE).toMatch(/^Waiting for a reply/);
    await panel(page).getByRole('button', { name: /^Let the time pass: 7 days later/ }).click();
    await expect.poll(() => outcome(page).textContent(), UI_SETTLE).toBe('Ended: completed');
    await expect.poll(() => classOf(page, 'no-reply'), UI_SETTLE).toContain('run-current');
    expect(await edgeClass(page, 'ask-interest.timeout')).toContain('run-taken');
    expect(await transcript(page).textContent()).toContain('7 days later');
    await page.screenshot({ path: join(SCREENSHOTS_DIR, 'simulator-timeout-light.png') });

    // Save it as a test beside the flow; the test passes against the flow file.
    await panel(page).getByRole('textbox', { name: 'Test name' }).fill('No reply in a week');
    await panel(page).getByRole('button', { name: 'Save as test' }).click();
    await expect.poll(() => panel(page).getByRole('form', { name: 'Save as test' }).getByRole('status').textContent(), UI_SETTLE).toBe(
      'Saved “No reply in a week” in conversations/solar-interest.flowtest.json.',
    );
    const read = readFlowTestFile(await readFile(join(workspace.root, 'conversations/solar-interest.flowtest.json')));
    if (!read.ok) expect.fail(read.problem.message);
    expect(read.file.tests.map((saved) => saved.name)).toEqual(['No reply in a week']);
    // `flowpack test` runs the saved test against the flow file and passes it.
    const cli = await runCli(['test', join(workspace.root, FLOW_PATH)]);
    expect(cli.stderr).toBe('');
    expect(cli.code).toBe(0);
    expect(cli.stdout).toContain('No reply in a week');
    expect(read.file.tests[0]!.expect.path.map((step) => `${step.node}:${step.port ?? ''}`)).toEqual(['trigger:next', 'ask-interest:timeout', 'no-reply:next']);

    // What the saved tests never reach is dimmed on the canvas, with the figures in words.
    await panel(page).getByRole('button', { name: 'Show what no test covers' }).click();
    const coverage = panel(page).getByRole('region', { name: 'Test coverage' }).getByRole('status');
    await expect.poll(() => coverage.textContent(), UI_SETTLE).toBe('1 saved test reaches 3 of 6 steps and takes 3 of 9 outputs; what it misses is dimmed.');
    await expect.poll(() => classOf(page, 'business-reply'), UI_SETTLE).toContain('run-uncovered');
    expect(await classOf(page, 'no-reply')).not.toContain('run-uncovered');
    expect(await edgeClass(page, 'ask-interest.answered')).toContain('run-untested');
    expect(await edgeClass(page, 'ask-interest.timeout')).not.toContain('run-untested');
    await page.screenshot({ path: join(SCREENSHOTS_DIR, 'simulator-coverage-light.png') });
    await panel(page).getByRole('button', { name: 'Hide test coverage' }).click();
    await expect.poll(() => classOf(page, 'business-reply'), UI_SETTLE).not.toContain('run-uncovered');

    // The key closes it again, and the outline leaves the canvas.
    await page.keyboard.press('Control+Shift+X');
    await panel(page).waitFor({ state: 'detached' });
    await expect.poll(() => classOf(page, 'no-reply'), UI_SETTLE).not.toContain('run-');
  });

  test('in the dark theme the path stays visible (screenshot kept in test-results/screenshots)', async () => {
    const { page } = await openFlow({ colorScheme: 'dark' });
    await page.getByRole('banner').getByRole('button', { name: 'Simulate' }).click();
    await fitView(page);
    await panel(page).getByRole('button', { name: 'Run' }).click();
    await panel(page).getByRole('textbox', { name: 'Reply' }).fill('Residential solar');
    await page.keyboard.press('Enter');
    await expect.poll(() => classOf(page, 'general-reply'), UI_SETTLE).toContain('run-current');
    await page.screenshot({ path: join(SCREENSHOTS_DIR, 'simulator-dark.png') });
    expect(await axeViolations(page, 'simulator-dark')).toEqual([]);
  });

  test('speaks Spanish: the outcome and the wait in words (screenshot kept in test-results/screenshots)', async () => {
    const { page } = await openFlow();
    await page.getByRole('combobox', { name: 'Language' }).selectOption('es');
    await page.getByRole('banner').getByRole('button', { name: 'Simular' }).click();
    await fitView(page);
    await panel(page).getByRole('button', { name: 'Ejecutar' }).click();
    await expect.poll(() => outcome(page).textContent(), UI_SETTLE).toMatch(/^Esperando una respuesta hasta el /);
    await panel(page).getByRole('button', { name: /^Dejar pasar el tiempo: 7 días después/ }).click();
    await expect.poll(() => outcome(page).textContent(), UI_SETTLE).toBe('Terminado: completado');
    await fitView(page);
    await expect.poll(() => classOf(page, 'no-reply'), UI_SETTLE).toContain('run-current');
    await page.screenshot({ path: join(SCREENSHOTS_DIR, 'simulator-es.png') });
  });
});
