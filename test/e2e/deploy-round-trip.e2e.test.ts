import { randomUUID } from 'node:crypto';
import { mkdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { Page } from 'playwright-core';
import type { Flow } from '../../shared/format/flow-schema';
import type { FlowDetail } from '../../shared/tenant-api/flows';
import { insertEntities } from '../../server/store/catalog-store';
import { makeTenant } from '../../server/test/tenant-fixtures';
import { startTestServer } from '../../server/test/test-server';
import type { TestServer } from '../../server/test/test-server';
import { hasUnsavedChanges, library, nodesShowing, openFromLibrary, properties, tabNamed, UI_SETTLE, waitForEditor } from './support/editor-page';
import { useEditorSessions } from './support/editor-session';
import { SCREENSHOTS_DIR } from './support/pack-dialogs';
import { EXAMPLES_DIR } from './support/paths';
import { connectTenant, tenantFetch } from './support/tenant-dialogs';

const { openSession } = useEditorSessions();

/** The flow the tenant holds: the pipeline example as a team set it up there, under its own id and name. */
const FLOW_ID = randomUUID();
const FLOW_NAME = 'Partner onboarding';
const FLOW_FILE = 'partner-onboarding.flow.json';
/** The e-mail's sender: a user of the tenant, chosen there. */
const SENDER = { $ref: 'user', id: 'usr_20931', name: 'Marina Costa' };

let server: TestServer;
let token: string;
let api: ReturnType<typeof tenantFetch>;

beforeAll(async () => {
  server = await startTestServer('pglite');
  const { tenant, admin } = await makeTenant(server.database.db, 'Agency tenant', 'pipeline');
  token = admin;
  api = tenantFetch(server.url, token);
  await insertEntities(server.database.db, tenant.id, [{ kind: 'user', id: SENDER.id, name: SENDER.name }]);
  const example = JSON.parse(await readFile(join(EXAMPLES_DIR, 'pipeline/client-onboarding.flow.json'), 'utf8')) as Flow;
  const document = { ...example, id: FLOW_ID, name: FLOW_NAME };
  expect(emailOf(document)).toMatchObject({ active: true, sender: SENDER });
  const created = await api('/v1/flows', { method: 'POST', body: { document } });
  expect(created.status).toBe(201);
});
afterAll(() => server?.close());

/** The pipeline e-mail automation's configuration in a flow document. */
function emailOf(flow: Flow): Record<string, unknown> {
  return flow.nodes.find((node) => node.type === 'sendEmail')!.config as Record<string, unknown>;
}

/** The tenant's copy of the flow now, with its revision and ETag. */
async function tenantCopy(): Promise<FlowDetail & { etag: string }> {
  const answer = await api(`/v1/flows/${FLOW_ID}`);
  expect(answer.status).toBe(200);
  return { ...((await answer.json()) as FlowDetail), etag: answer.headers.get('etag')! };
}

/** Changes the e-mail's subject in the properties drawer of the open flow and saves it. */
async function editSubject(page: Page, subject: string): Promise<void> {
  await nodesShowing(page, 'Welcome email to the client').click({ position: { x: 12, y: 8 } });
  const box = properties(page).getByRole('textbox', { name: 'Subject' });
  await box.fill(subject);
  await expect.poll(() => hasUnsavedChanges(tabNamed(page, FLOW_NAME)), UI_SETTLE).toBe(true);
  await page.getByRole('button', { name: 'Save', exact: true }).click();
  await expect.poll(() => hasUnsavedChanges(tabNamed(page, FLOW_NAME)), UI_SETTLE).toBe(false);
}

/** Opens "Push to tenant…" for the flow from its library menu and previews it; returns the dialog. */
async function previewPush(page: Page) {
  await library(page).getByRole('treeitem', { name: FLOW_NAME, exact: true }).click({ button: 'right' });
  await page.getByRole('menu').getByRole('menuitem', { name: 'Push to tenant…' }).click();
  const dialog = page.getByRole('dialog', { name: 'Push 1 flow to a tenant' });
  await dialog.getByRole('button', { name: 'Preview' }).click();
  await dialog.getByRole('region', { name: 'What importing into Agency tenant will do' }).waitFor();
  return dialog;
}

// A push is a deploy, not a share: the arrival rule of shared flows, e-mails "instaladas inativas e sem um
// usuário selecionado (autor ou remetente do e-mail)" (pipeline-export.pt.txt), is for another organisation's copy.
describe('an admin’s pull, edit and push keeps what the tenant holds', () => {
  test('the pushed flow keeps its sender and active e-mail at the next revision; a colleague’s later edit refuses the next push, and the two sides are compared', async () => {
    await mkdir(SCREENSHOTS_DIR, { recursive: true });
    const { page, workspace } = await openSession();
    await waitForEditor(page);
    const held = await tenantCopy();

    // given: the admin pulls the tenant's flow into the workspace
    const connection = await connectTenant(page, 'Agency', server.url, token);
    await connection.getByRole('button', { name: 'Sync' }).click();
    const sync = page.getByRole('dialog', { name: 'Sync with Agency' });
    const row = sync.getByRole('table', { name: 'This workspace and Agency tenant' }).getByRole('row', { name: new RegExp(FLOW_NAME) });
    await row.getByRole('button', { name: 'Pull' }).click();
    await row.getByText('In sync').waitFor();
    await sync.getByRole('button', { name: 'Close' }).click();
    expect(emailOf(JSON.parse(await readFile(join(workspace.root, FLOW_FILE), 'utf8')) as Flow)).toMatchObject({ active: true, sender: SENDER });

    // when: they change the e-mail's subject in the editor and push the flow
    await openFromLibrary(page, FLOW_NAME);
    await editSubject(page, 'Welcome to the partner programme, {{card.title}}!');
    let dialog = await previewPush(page);
    await page.screenshot({ path: join(SCREENSHOTS_DIR, 'deploy-preview-light.png') });
    await dialog.getByRole('button', { name: 'Check on the tenant (dry run)' }).click();
    await dialog.getByRole('region', { name: 'The tenant’s dry run: nothing imported yet' }).waitFor();
    await dialog.getByRole('button', { name: 'Apply to Agency' }).click();
    await dialog.getByRole('status').filter({ hasText: 'Report saved as .flowpack/reports/' }).waitFor();
    await page.screenshot({ path: join(SCREENSHOTS_DIR, 'deploy-applied-light.png') });
    await dialog.getByRole('button', { name: 'Close' }).click();

    // then: the tenant has the edit at the next revision, its sender and its e-mail still on
    const pushed = await tenantCopy();
    expect(pushed.revision).toBe(held.revision + 1);
    expect(emailOf(pushed.document)).toMatchObject({ active: true, sender: SENDER, subject: 'Welcome to the partner programme, {{card.title}}!' });

    // when: a colleague edits the flow on the tenant, and the admin edits it again here
    const theirs = structuredClone(pushed.document);
    theirs.nodes.find((node) => node.id === 'kickoff-task')!.name = 'Kickoff call within a day';
    const saved = await api(`/v1/flows/${FLOW_ID}`, { method: 'PUT', headers: { 'if-match': pushed.etag }, body: { document: theirs } });
    expect(saved.status).toBe(200);
    await editSubject(page, 'Welcome aboard, partner!');

    // then: the preview says so before anything is sent,
    dialog = await previewPush(page);
    await expect
      .poll(() => dialog.getByRole('status').filter({ hasText: 'changed on Agency' }).textContent(), UI_SETTLE)
      .toBe(`“${FLOW_NAME}” changed on Agency since your last pull or push: the tenant will refuse to overwrite it. Compare the two versions in Sync first.Compare in Sync…`);
    await page.screenshot({ path: join(SCREENSHOTS_DIR, 'deploy-changed-before-push-light.png') });
    // and the push is refused, saying the flow changed on the tenant and nothing was overwritten
    await dialog.getByRole('button', { name: 'Check on the tenant (dry run)' }).click();
    const refusal = dialog.getByRole('alert');
    await refusal.waitFor();
    expect(await refusal.textContent()).toBe(
      `“${FLOW_NAME}” changed on Agency since your last pull or push. Nothing was sent and nothing on the tenant was overwritten: compare the two versions in Sync, choose which to keep, then push again.`,
    );
    await page.screenshot({ path: join(SCREENSHOTS_DIR, 'deploy-refused-light.png') });
    const after = await tenantCopy();
    expect(after.revision).toBe(pushed.revision + 1);
    expect(after.document.nodes.find((node) => node.id === 'kickoff-task')!.name).toBe('Kickoff call within a day');
    expect(emailOf(after.document).subject).toBe('Welcome to the partner programme, {{card.title}}!');

    // and: the refusal leads to Sync, where the flow shows as changed on both sides, and Compare shows both
    await dialog.getByRole('button', { name: 'Compare in Sync…' }).click();
    await sync.waitFor();
    await row.getByText('Changed on both sides').waitFor();
    await row.getByRole('button', { name: 'Compare…' }).click();
    const comparison = sync.getByRole('region', { name: `Compare "${FLOW_NAME}"` });
    await comparison.waitFor();
    const compared = await comparison.textContent();
    expect(compared).toContain('Kickoff call within a day');
    expect(compared).toContain('Welcome aboard, partner!');
    expect(compared).toContain('Welcome to the partner programme, {{card.title}}!');
    await page.screenshot({ path: join(SCREENSHOTS_DIR, 'deploy-refused-compare-light.png') });
    expect(emailOf(JSON.parse(await readFile(join(workspace.root, FLOW_FILE), 'utf8')) as Flow).subject).toBe('Welcome aboard, partner!');
  });
});
