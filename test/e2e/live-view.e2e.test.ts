import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { serializeFlow } from '../../shared/format/flow-file';
import { flowOf } from '../../shared/runtime/test-support/flow-of';
import { makeTenant } from '../../server/test/tenant-fixtures';
import { startTestServer } from '../../server/test/test-server';
import type { TestServer } from '../../server/test/test-server';
import { runCli } from '../cli/run-cli';
import { axeViolations } from './support/axe';
import { UI_SETTLE, nodeById, openFromLibrary, waitForEditor } from './support/editor-page';
import { useEditorSessions } from './support/editor-session';
import { TEST_RESULTS_DIR } from './support/paths';
import { connectTenant, tenantFetch, tenantsDialog } from './support/tenant-dialogs';

const { openSession } = useEditorSessions();
const SCREENSHOTS_DIR = join(TEST_RESULTS_DIR, 'screenshots');

/** Opened -> ask for the order number -> thanks on an answer, bye on a timeout. */
const flow = {
  ...flowOf(
    'conversations',
    [
      ['opened', 'conversationOpened', { channels: [] }],
      ['ask', 'askQuestion', { question: 'Your order number?', answerType: 'number', options: [], invalidAnswerMessage: '', variable: 'order', timeout: 3600 }],
      ['thanks', 'sendMessage', { text: 'Thanks, order {{order}} noted.' }],
      ['bye', 'sendMessage', { text: 'We will write again later.' }],
    ],
    [
      ['opened', 'next', 'ask'],
      ['ask', 'answered', 'thanks'],
      ['ask', 'timeout', 'bye'],
    ],
  ),
  id: '3b9f5e0a-6c1d-4e2f-8a7b-9c0d1e2f3a4b',
  name: 'Order follow-up',
};
const contact = (id: string) => ({ id, name: `Contact ${id}`, fields: {}, tags: [], conversation: { open: true, channel: 'WhatsApp' } });

let server: TestServer;
let token: string;

beforeAll(async () => {
  server = await startTestServer('pglite');
  ({ admin: token } = await makeTenant(server.database.db, 'Live tenant'));
  const call = tenantFetch(server.url, token);
  expect((await call('/v1/flows', { method: 'POST', body: { document: flow } })).status).toBe(201);
  expect((await call(`/v1/flows/${flow.id}/actions/publish`, { method: 'POST', headers: { 'if-match': '"1"' } })).status).toBe(200);
  // Three contacts open a conversation; one of them answers.
  for (const id of ['c1', 'c2', 'c3']) {
    expect((await call('/v1/events', { method: 'POST', body: { event: 'conversation.opened', data: { channel: 'WhatsApp' }, subject: contact(id) } })).status).toBe(200);
  }
  expect((await call('/v1/events', { method: 'POST', body: { event: 'message.received', data: { text: '4711' }, subject: contact('c1') } })).status).toBe(200);
});
afterAll(() => server?.close());

describe('the live view', () => {
  test('shows on the canvas how many runs entered each step, wait there, and left by each output, and follows new events', async () => {
    await mkdir(SCREENSHOTS_DIR, { recursive: true });
    const { page, workspace } = await openSession();
    await page.setViewportSize({ width: 1280, height: 760 });
    await mkdir(join(workspace.root, 'conversations'), { recursive: true });
    await writeFile(join(workspace.root, 'conversations', 'order-follow-up.flow.json'), serializeFlow(flow));
    await page.reload();
    await waitForEditor(page);
    await connectTenant(page, 'Live', server.url, token);
    await tenantsDialog(page).getByRole('button', { name: 'Close' }).click();
    await openFromLibrary(page, 'Order follow-up');
    await nodeById(page, 'ask').waitFor();

    // The registry's key opens it.
    await page.keyboard.press('Control+Shift+Y');
    const bar = page.getByRole('region', { name: 'Live view' });
    await expect.poll(() => bar.textContent(), UI_SETTLE).toMatch(/Published · 3 enrolled · 2 running/);
    const note = (name: string) => page.getByRole('note', { name });
    await note('Ask: 3 entered, 2 waiting now, 0 ended here').waitFor();
    await note('1 left by “Answered”').waitFor();
    await note('Thanks: 1 entered, 0 waiting now, 1 ended here').waitFor();
    await page.screenshot({ path: join(SCREENSHOTS_DIR, 'live-view.png') });
    expect(await axeViolations(page, 'live view')).toEqual([]);

    // A fourth contact arrives: the next reading shows it without the user asking.
    expect((await tenantFetch(server.url, token)('/v1/events', { method: 'POST', body: { event: 'conversation.opened', data: { channel: 'WhatsApp' }, subject: contact('c4') } })).status).toBe(200);
    await expect.poll(() => bar.textContent(), UI_SETTLE).toMatch(/4 enrolled · 3 running/);

    // The same figures on the command line.
    const cli = await runCli(['stats', flow.id, '--tenant', server.url, '--workspace', workspace.root], { env: { FLOWPACK_TOKEN: token } });
    expect(cli.code, cli.stderr).toBe(0);
    expect(cli.stdout).toContain('published · 4 enrolled · 3 running');
    expect(cli.stdout).toMatch(/ask: entered 4, waiting 3, ended 0; left by answered 1/);

    await bar.getByRole('button', { name: 'Close live view' }).click();
    await expect.poll(() => page.getByRole('note').count(), UI_SETTLE).toBe(0);
  });
});
