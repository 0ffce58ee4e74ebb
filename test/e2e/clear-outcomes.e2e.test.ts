import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { Page } from 'playwright-core';
import { serializeFlow } from '../../shared/format/flow-file';
import type { Flow } from '../../shared/format/flow-schema';
import { makeTenant } from '../../server/test/tenant-fixtures';
import { startTestServer } from '../../server/test/test-server';
import type { TestServer } from '../../server/test/test-server';
import { eventually, nodeById, openFromLibrary, palette, problems, UI_SETTLE, waitForEditor } from './support/editor-page';
import { useEditorSessions } from './support/editor-session';
import { TEST_RESULTS_DIR } from './support/paths';
import { connectTenant, tenantFetch, tenantsDialog } from './support/tenant-dialogs';
import { createFlow } from '../../shared/catalog/create-flow';

const { openSession } = useEditorSessions();
const SCREENSHOTS_DIR = join(TEST_RESULTS_DIR, 'screenshots');
const shoot = async (page: Page, name: string) => {
  await mkdir(SCREENSHOTS_DIR, { recursive: true });
  await page.screenshot({ path: join(SCREENSHOTS_DIR, `${name}.png`) });
};

/** The status line's current notice. */
const notice = (page: Page) => page.locator('.status-region .notice');

describe('clicking a step in the palette after a step whose outputs are all taken', () => {
  test('puts the new step between it and its successor, says so, and the file keeps the chain whole', async () => {
    const { page, workspace } = await openSession();
    await waitForEditor(page);
    await openFromLibrary(page, 'Out-of-hours message');
    // "Tag for morning follow-up" continues to "Close conversation" from its only output.
    await nodeById(page, 'tag-after-hours').click();
    await palette(page).getByRole('button', { name: 'Add Wait' }).click();

    await notice(page).filter({ hasText: '“Wait” was put between “Tag for morning follow-up” and “Close conversation”' }).waitFor();
    await shoot(page, 'click-to-add-inserted-light');
    await page.getByRole('banner').getByRole('button', { name: 'Save' }).click();
    const file = join(workspace.root, 'conversations', 'out-of-hours-message.flow.json');
    const saved = await eventually(
      async () => JSON.parse(await readFile(file, 'utf8')) as Flow,
      (flow) => flow.nodes.some((node) => node.type === 'wait'),
    );
    const wait = saved.nodes.find((node) => node.type === 'wait')!;
    const links = saved.edges.map(({ source, target }) => `${source}->${target}`);
    expect(links).toContain(`tag-after-hours->${wait.id}`);
    expect(links).toContain(`${wait.id}->close`);
    expect(links).not.toContain('tag-after-hours->close');
  });
});

describe('Validate', () => {
  test('says how many flows it checked and what it found, and opens Problems', async () => {
    const { page } = await openSession();
    await waitForEditor(page);
    await openFromLibrary(page, 'Out-of-hours message');
    await page.getByRole('banner').getByRole('button', { name: 'Validate' }).click();
    // Every flow of the example workspace, open or not.
    await notice(page).filter({ hasText: /^Validated 7 flows: (no problems\.|\d+ problems? in \d+ flows?\.)/ }).waitFor();
    await problems(page).waitFor();
    await shoot(page, 'validate-result-light');
  });
});

describe('a tenant’s lists', () => {
  let server: TestServer;
  let token: string;
  const api = () => tenantFetch(server.url, token);
  const LONG = 'Greets the customer, asks which plan they are on, checks the opening hours of the team, and hands the conversation over to an agent, or leaves a message for the morning shift with the answers collected so far. '.repeat(3);

  beforeAll(async () => {
    server = await startTestServer('pglite');
    ({ admin: token } = await makeTenant(server.database.db, 'Busy tenant'));
    for (let i = 1; i <= 10; i++) {
      const flow = { ...createFlow({ profile: 'conversations', name: i === 7 ? 'Renewal reminder' : `Support route ${i}` }), description: LONG };
      expect((await api()('/v1/flows', { method: 'POST', body: { document: flow } })).status).toBe(201);
    }
  });
  afterAll(() => server?.close());

  test('the remote flows list cuts descriptions to two lines (whole on demand) and has a search', async () => {
    const { page } = await openSession();
    await waitForEditor(page);
    const connection = await connectTenant(page, 'Busy', server.url, token);
    await connection.getByRole('button', { name: 'Flows' }).click();
    const dialog = page.getByRole('dialog', { name: 'Flows on Busy' });
    const table = dialog.getByRole('table', { name: 'Flows on Busy' });
    await table.getByRole('row', { name: /Support route 1\b/ }).waitFor();
    await dialog.getByText('10 flows', { exact: true }).waitFor();
    // Ten flows fit on one screen: no description is taller than two lines until asked for.
    const heights = await table.locator('.fp-clamped').evaluateAll((cells) => cells.map((cell) => cell.getBoundingClientRect().height));
    expect(heights).toHaveLength(10);
    expect(Math.max(...heights)).toBeLessThan(40);
    await shoot(page, 'remote-flows-clamped-light');

    const row = table.getByRole('row', { name: /Support route 3\b/ });
    await row.getByRole('button', { name: 'Show the whole description' }).click();
    await expect.poll(() => row.locator('.fp-clamped').evaluate((cell) => cell.getBoundingClientRect().height), UI_SETTLE).toBeGreaterThan(60);
    await row.getByRole('button', { name: 'Show less' }).click();

    await dialog.getByRole('searchbox', { name: 'Search flows' }).fill('renewal');
    await expect.poll(() => table.locator('tbody tr').count(), UI_SETTLE).toBe(1);
    await dialog.getByText('1 of 10 flows matches').waitFor();
    expect(await table.locator('tbody tr').textContent()).toContain('Renewal reminder');
    await shoot(page, 'remote-flows-search-light');
    await dialog.getByRole('searchbox', { name: 'Search flows' }).fill('nothing like this');
    await dialog.getByText('No flow matches “nothing like this”.').waitFor();
  });

  test('the sync list shows only the tenant’s profile, says how many others are left out and why, and puts the conflict first', async () => {
    const { page, workspace } = await openSession();
    await waitForEditor(page);
    const connection = await connectTenant(page, 'Busy', server.url, token);
    await connection.getByRole('button', { name: 'Sync' }).click();
    const dialog = page.getByRole('dialog', { name: 'Sync with Busy' });
    const table = dialog.getByRole('table', { name: 'This workspace and Busy tenant' });
    const row = (name: string) => table.getByRole('row', { name: new RegExp(name) });
    // The examples hold 2 conversations flows and 5 of other profiles, which can never go to this tenant.
    await dialog.getByText('5 flows of other profiles are not listed: a Conversations tenant takes Conversations flows only.').waitFor();
    await row('Out-of-hours message').getByText('Not on the tenant').waitFor();
    expect(await row('Client onboarding').count()).toBe(0);

    // One flow changed on both sides after a pull.
    await row('Renewal reminder').getByRole('button', { name: 'Pull' }).click();
    await row('Renewal reminder').getByText('In sync').waitFor();
    const file = join(workspace.root, 'renewal-reminder.flow.json');
    const pulled = JSON.parse(await readFile(file, 'utf8')) as Flow;
    await writeFile(file, serializeFlow({ ...pulled, description: 'Edited here' }));
    const remote = await api()(`/v1/flows/${pulled.id}`);
    const detail = (await remote.json()) as { document: Flow };
    const theirs = await api()(`/v1/flows/${pulled.id}`, { method: 'PUT', body: { document: { ...detail.document, description: 'Edited there' } }, headers: { 'if-match': remote.headers.get('etag')! } });
    expect(theirs.status).toBe(200);

    await dialog.getByRole('button', { name: 'Back to tenants' }).click();
    await tenantsDialog(page).getByRole('listitem', { name: 'Busy' }).getByRole('button', { name: 'Sync' }).click();
    await row('Renewal reminder').getByText('Changed on both sides').waitFor();
    const first = table.locator('tbody tr').first();
    expect(await first.textContent()).toMatch(/Renewal reminder.*Changed on both sides/);
    await shoot(page, 'sync-list-conflict-first-light');
  });
});
