import { mkdir, readdir } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { Page } from 'playwright-core';
import { createFlow } from '../../shared/catalog/create-flow';
import type { Flow } from '../../shared/format/flow-schema';
import { diffFlows, isEmptyDiff } from '../../shared/sync/flow-diff';
import { makePerson, makeTenant } from '../../server/test/tenant-fixtures';
import { startTestServer } from '../../server/test/test-server';
import type { TestServer } from '../../server/test/test-server';
import { axeViolations } from './support/axe';
import { UI_SETTLE, nodeById, tabNamed, waitForEditor } from './support/editor-page';
import { useEditorSessions } from './support/editor-session';
import { TEST_RESULTS_DIR } from './support/paths';
import { connectTenant, tenantFetch, tenantsDialog } from './support/tenant-dialogs';

const { openSession } = useEditorSessions();
const SCREENSHOTS_DIR = join(TEST_RESULTS_DIR, 'screenshots');

let server: TestServer;
let token: string;
let call: ReturnType<typeof tenantFetch>;

/** Revision 1: a trigger and a greeting. */
const greeting = createFlow({ profile: 'conversations', name: 'Greeting' });
const trigger = greeting.nodes[0]!;
greeting.nodes.push({ id: 'greet', type: 'sendMessage', name: 'Greet', position: { x: 0, y: 150 }, config: { text: 'Hello!' } });
greeting.edges.push({ id: 'e1', source: trigger.id, sourcePort: 'next', target: 'greet' });
/** Revision 2, saved by a person: a pause after the greeting. */
const withPause: Flow = {
  ...greeting,
  nodes: [...greeting.nodes, { id: 'pause', type: 'wait', name: 'Pause', position: { x: 0, y: 300 }, config: { duration: 3600 } }],
  edges: [...greeting.edges, { id: 'e2', source: 'greet', sourcePort: 'next', target: 'pause' }],
};
/** Revision 3, saved by the admin token: the pause gives way to a goodbye, and the greeting says more. */
const withGoodbye: Flow = {
  ...greeting,
  nodes: [
    ...greeting.nodes.map((node) => (node.id === 'greet' ? { ...node, config: { text: 'Hello, welcome!' } } : node)),
    { id: 'bye', type: 'sendMessage', name: 'Goodbye', position: { x: 0, y: 300 }, config: { text: 'Bye!' } },
  ],
  edges: [...greeting.edges, { id: 'e3', source: 'greet', sourcePort: 'next', target: 'bye' }],
};
/** A workflow published after an edit: a restore is refused as any change of it. */
const published = createFlow({ profile: 'conversations', name: 'Published one' });

async function save(document: Flow, revision: number | null, as = token): Promise<number> {
  const send = tenantFetch(server.url, as);
  const response =
    revision === null
      ? await send('/v1/flows', { method: 'POST', body: { document } })
      : await send(`/v1/flows/${document.id}`, { method: 'PUT', body: { document }, headers: { 'if-match': `"${revision}"` } });
  expect(response.status).toBeLessThan(300);
  return ((await response.json()) as { revision: number }).revision;
}

beforeAll(async () => {
  server = await startTestServer('pglite');
  const made = await makeTenant(server.database.db, 'Training tenant');
  token = made.admin;
  call = tenantFetch(server.url, token);
  const ada = await makePerson(server.database.db, made.tenant.id, 'editor', 'Ada Lovelace');
  await save(withGoodbye, await save(withPause, await save(greeting, null), ada.token));
  const edited = await save({ ...published, description: 'Edited' }, await save(published, null));
  expect((await call(`/v1/flows/${published.id}/actions/publish`, { method: 'POST', headers: { 'if-match': `"${edited}"` } })).status).toBe(200);
});
afterAll(() => server?.close());

const revisionsDialog = (page: Page, flow: string) => page.getByRole('dialog', { name: `Revisions of “${flow}” on Training` });
const revisionsTable = (page: Page, flow: string) => revisionsDialog(page, flow).getByRole('table', { name: `Revisions of “${flow}”` });
/** The row of one revision, by its number (the row header). */
const revisionRow = (page: Page, flow: string, revision: number) =>
  revisionsTable(page, flow).getByRole('row').filter({ has: page.getByRole('rowheader', { name: new RegExp(`^${revision}\\s?(Current)?$`) }) });

/** From the top bar: Tenants, the connection's flows, then the flow's revisions. */
async function openRevisions(page: Page, flow: string): Promise<void> {
  if (!(await tenantsDialog(page).isVisible())) await page.getByRole('banner').getByRole('button', { name: 'Tenants' }).click();
  await tenantsDialog(page).getByRole('listitem', { name: 'Training' }).getByRole('button', { name: 'Flows' }).click();
  await page.getByRole('dialog', { name: 'Flows on Training' }).getByRole('row', { name: new RegExp(flow) }).getByRole('button', { name: 'Revisions' }).click();
  await revisionsTable(page, flow).waitFor();
}

async function revisionsOnTenant(id: string): Promise<number[]> {
  const { revisions } = (await (await call(`/v1/flows/${id}/revisions`)).json()) as { revisions: { revision: number }[] };
  return revisions.map((entry) => entry.revision);
}

async function documentOf(id: string, revision: number): Promise<Flow> {
  return ((await (await call(`/v1/flows/${id}/revisions/${revision}`)).json()) as { document: Flow }).document;
}

describe('a tenant flow’s revisions in the editor', () => {
  test('list who saved each and what changed; open one read-only; compare two on the canvas; restore one as a new revision; a refused restore says why', async () => {
    await mkdir(SCREENSHOTS_DIR, { recursive: true });
    const { page, workspace } = await openSession();
    await waitForEditor(page);
    const filesBefore = await readdir(workspace.root, { recursive: true });
    await connectTenant(page, 'Training', server.url, token);

    // The list: newest first, the person who saved (else the token's label), and what each changed.
    await openRevisions(page, 'Greeting');
    const rows = revisionsTable(page, 'Greeting').getByRole('row');
    expect(await rows.count()).toBe(4);
    expect(await revisionRow(page, 'Greeting', 3).textContent()).toMatch(/^3\s?Current.*first admin token.*1 step added, 1 step removed, 1 step changed, 1 connection added, and 1 connection removed/);
    expect(await revisionRow(page, 'Greeting', 2).textContent()).toMatch(/Ada Lovelace.*1 step added and 1 connection added/);
    expect(await revisionRow(page, 'Greeting', 1).textContent()).toContain('The first revision kept');
    // The current revision is not offered for restoring: it is already the content.
    expect(await revisionRow(page, 'Greeting', 3).getByRole('button', { name: 'Restore' }).count()).toBe(0);
    await page.screenshot({ path: join(SCREENSHOTS_DIR, 'tenant-revisions-light.png') });
    expect(await axeViolations(page, 'revisions list')).toEqual([]);

    // Open revision 2 read-only: the pause it had is on the canvas; it cannot be saved anywhere.
    await revisionRow(page, 'Greeting', 2).getByRole('button', { name: 'Open read-only' }).click();
    await nodeById(page, 'pause').waitFor();
    await page.getByText('Revision 2 of “Greeting” on Training, as it was saved.').waitFor();
    await tabNamed(page, 'Revision 2: Greeting').waitFor();
    expect(await page.getByRole('banner').getByRole('button', { name: 'Save', exact: true }).isDisabled()).toBe(true);
    await page.keyboard.press('Control+s');
    await page.screenshot({ path: join(SCREENSHOTS_DIR, 'tenant-revision-read-only.png') });
    expect(await readdir(workspace.root, { recursive: true })).toEqual(filesBefore);

    // Compare 1 with 3, by keyboard: revision 3 on the canvas, the goodbye it added and the greeting it changed marked.
    await openRevisions(page, 'Greeting');
    await revisionRow(page, 'Greeting', 1).getByRole('checkbox', { name: 'Choose revision 1 to compare' }).focus();
    await page.keyboard.press('Space');
    await revisionRow(page, 'Greeting', 3).getByRole('checkbox', { name: 'Choose revision 3 to compare' }).focus();
    await page.keyboard.press('Space');
    await revisionsDialog(page, 'Greeting').getByText('Shows revision 3 with what changed since revision 1.').waitFor();
    await revisionsDialog(page, 'Greeting').getByRole('button', { name: 'Compare the two chosen' }).focus();
    await page.keyboard.press('Enter');
    await nodeById(page, 'bye').waitFor();
    await expect.poll(() => nodeById(page, 'bye').getAttribute('class'), UI_SETTLE).toMatch(/diff-added/);
    expect(await nodeById(page, 'greet').getAttribute('class')).toMatch(/diff-changed/);
    await page.getByText(/Differences with revision 1/).waitFor();
    expect(await tabNamed(page, 'Revision 3: Greeting').getAttribute('aria-selected')).toBe('true');
    await page.screenshot({ path: join(SCREENSHOTS_DIR, 'tenant-revisions-compare.png') });

    // Restore revision 1: asked first, with what it changes; then revision 4 holds revision 1's content.
    await openRevisions(page, 'Greeting');
    await revisionRow(page, 'Greeting', 1).getByRole('button', { name: 'Restore' }).click();
    const confirm = page.getByRole('dialog', { name: 'Restore revision 1' });
    await confirm.getByText('Compared with the current revision: 1 step removed, 1 step changed, and 1 connection removed.').waitFor();
    await page.screenshot({ path: join(SCREENSHOTS_DIR, 'tenant-revisions-restore-confirm.png') });
    expect(await axeViolations(page, 'restore confirmation')).toEqual([]);
    await confirm.getByRole('button', { name: 'Restore' }).click();
    await revisionsDialog(page, 'Greeting').getByRole('status').filter({ hasText: 'Restored: revision 4 has the content of revision 1.' }).waitFor();
    await revisionRow(page, 'Greeting', 4).getByText('Current').waitFor();
    expect(await revisionsOnTenant(greeting.id)).toEqual([4, 3, 2, 1]);
    expect(isEmptyDiff(diffFlows(await documentOf(greeting.id, 1), await documentOf(greeting.id, 4)))).toBe(true);

    // Someone saves meanwhile: restoring from the list read before is refused with the tenant's reason, nothing overwritten.
    await save({ ...greeting, description: 'Saved meanwhile' }, 4);
    await revisionRow(page, 'Greeting', 2).getByRole('button', { name: 'Restore' }).click();
    await page.getByRole('dialog', { name: 'Restore revision 2' }).getByRole('button', { name: 'Restore' }).click();
    const refusal = revisionsDialog(page, 'Greeting').getByRole('alert');
    await refusal.filter({ hasText: 'Revision 2 was not restored. The flow changed on the tenant' }).waitFor();
    expect(await refusal.textContent()).toMatch(/revision 5/);
    expect(await revisionsOnTenant(greeting.id)).toEqual([5, 4, 3, 2, 1]);
    // The list is read again, so the next restore is sent for the revision now current.
    await revisionRow(page, 'Greeting', 5).getByText('Current').waitFor();
    await page.screenshot({ path: join(SCREENSHOTS_DIR, 'tenant-revisions-stale.png') });

    // conversations-workflows.es.txt: "Para editar un flujo de trabajo publicado, debe detener el flujo de trabajo."
    await revisionsDialog(page, 'Greeting').getByRole('button', { name: 'Back to the flows' }).click();
    await page.getByRole('dialog', { name: 'Flows on Training' }).getByRole('row', { name: /Published one/ }).getByRole('button', { name: 'Revisions' }).click();
    await revisionRow(page, 'Published one', 1).getByRole('button', { name: 'Restore' }).click();
    await page.getByRole('dialog', { name: 'Restore revision 1' }).getByRole('button', { name: 'Restore' }).click();
    await revisionsDialog(page, 'Published one').getByRole('alert').filter({ hasText: 'is published: stop it before changing it' }).waitFor();
    expect(await revisionsOnTenant(published.id)).toEqual([2, 1]);
    await page.screenshot({ path: join(SCREENSHOTS_DIR, 'tenant-revisions-refused.png') });
    expect(await axeViolations(page, 'refused restore')).toEqual([]);
  });

  test('the revisions list in the dark theme is readable and axe-clean (screenshot kept)', async () => {
    const { page } = await openSession({ colorScheme: 'dark' });
    await waitForEditor(page);
    await connectTenant(page, 'Training', server.url, token);
    await openRevisions(page, 'Greeting');
    await page.screenshot({ path: join(SCREENSHOTS_DIR, 'tenant-revisions-dark.png') });
    expect(await axeViolations(page, 'revisions list, dark')).toEqual([]);
  });
});
