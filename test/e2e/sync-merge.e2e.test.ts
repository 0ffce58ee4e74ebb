import { mkdir, readFile, writeFile } from 'node:fs/promises';
import AxeBuilder from '@axe-core/playwright';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { serializeFlow } from '../../shared/format/flow-file';
import type { Flow } from '../../shared/format/flow-schema';
import { makeTenant } from '../../server/test/tenant-fixtures';
import { startTestServer } from '../../server/test/test-server';
import type { TestServer } from '../../server/test/test-server';
import { waitForEditor } from './support/editor-page';
import { useEditorSessions } from './support/editor-session';
import { TEST_RESULTS_DIR } from './support/paths';
import { connectTenant, tenantFetch, tenantsDialog } from './support/tenant-dialogs';
import { createFlow } from '../../shared/catalog/create-flow';

const { openSession } = useEditorSessions();
const SCREENSHOTS_DIR = join(TEST_RESULTS_DIR, 'screenshots');
const LONG_GOODBYE =
  'Thank you for talking to us today. If anything else comes up, write to us here at any time: our team answers every message on working days, and urgent matters are picked up by the on-call colleague within the hour.';

let server: TestServer;
let token: string;
const flow = createFlow({ profile: 'conversations', name: 'Greeting' });
flow.nodes.push(
  { id: 'greet', type: 'sendMessage', name: 'Greet', position: { x: 0, y: 150 }, config: { text: 'Hello!' } },
  { id: 'pause', type: 'wait', name: 'Pause', position: { x: 0, y: 300 }, config: { duration: 3600 } },
  { id: 'bye', type: 'sendMessage', name: 'Goodbye', position: { x: 0, y: 450 }, config: { text: 'Bye!' } },
);
flow.edges.push(
  { id: 'e1', source: flow.nodes[0]!.id, sourcePort: 'next', target: 'greet' },
  { id: 'e2', source: 'greet', sourcePort: 'next', target: 'pause' },
  { id: 'e3', source: 'pause', sourcePort: 'next', target: 'bye' },
);
const nodeOf = (document: Flow, id: string) => document.nodes.find((node) => node.id === id)!;

beforeAll(async () => {
  server = await startTestServer('pglite');
  ({ admin: token } = await makeTenant(server.database.db, 'Merge tenant'));
  expect((await tenantFetch(server.url, token)('/v1/flows', { method: 'POST', body: { document: flow } })).status).toBe(201);
});
afterAll(() => server?.close());

describe('three-way compare and merge in the editor', () => {
  test('a flow edited on both sides: Compare shows what changed here, there and on both, a choice per step, and the merge is saved and in sync', async () => {
    await mkdir(SCREENSHOTS_DIR, { recursive: true });
    const { page, workspace } = await openSession();
    await page.setViewportSize({ width: 1100, height: 760 });
    await waitForEditor(page);
    const call = tenantFetch(server.url, token);

    // given the flow pulled into the workspace
    await (await connectTenant(page, 'Merge', server.url, token)).getByRole('button', { name: 'Sync' }).click();
    const dialog = page.getByRole('dialog', { name: 'Sync with Merge' });
    const row = dialog.getByRole('table', { name: 'This workspace and Merge tenant' }).getByRole('row', { name: /Greeting/ });
    await row.getByRole('button', { name: 'Pull' }).click();
    await row.getByText('In sync').waitFor();

    // when one step is edited here, another on the tenant, and the wait's duration on both sides
    const file = join(workspace.root, 'greeting.flow.json');
    const mine = JSON.parse(await readFile(file, 'utf8')) as Flow;
    nodeOf(mine, 'greet').config.text = 'Hello from here!';
    nodeOf(mine, 'pause').config.duration = 7200;
    await writeFile(file, serializeFlow(mine));
    const current = (await (await call(`/v1/flows/${flow.id}`)).json()) as { revision: number; document: Flow };
    nodeOf(current.document, 'bye').config.text = LONG_GOODBYE;
    nodeOf(current.document, 'pause').config.duration = 1800;
    expect((await call(`/v1/flows/${flow.id}`, { method: 'PUT', body: { document: current.document }, headers: { 'if-match': `"${current.revision}"` } })).status).toBe(200);

    await dialog.getByRole('button', { name: 'Back to tenants' }).click();
    await tenantsDialog(page).getByRole('listitem', { name: 'Merge' }).getByRole('button', { name: 'Sync' }).click();
    await row.getByText('Changed on both sides').waitFor();
    await row.getByRole('button', { name: 'Compare…' }).click();

    // then the comparison has three groups, in words and units rather than JSON paths
    const comparison = dialog.getByRole('region', { name: 'Compare "Greeting"' });
    const both = comparison.getByRole('region', { name: 'Changed on both sides' });
    const here = comparison.getByRole('region', { name: 'Changed here' });
    const there = comparison.getByRole('region', { name: 'Changed on the tenant' });
    await both.waitFor();
    expect(await both.textContent()).toMatch(/Pause.*Wait for.*1 hour.*2 hours.*30 minutes/);
    expect(await here.textContent()).toMatch(/Greet.*Message.*Hello!.*Hello from here!/);
    expect(await there.textContent()).toContain('Goodbye');
    expect(await comparison.textContent()).not.toContain('config.');
    // a long text starts folded at a word and opens whole on demand
    expect(await there.textContent()).not.toContain(LONG_GOODBYE);
    await there.getByRole('button', { name: 'Show the whole text' }).click();
    expect(await there.textContent()).toContain(LONG_GOODBYE);

    // the merge waits for a choice on what both sides changed; the step's choice decides its field
    const save = comparison.getByRole('button', { name: 'Save the merge and send it to the tenant' });
    expect(await save.isDisabled()).toBe(true);
    await comparison.getByText('Choose a version of 1 change made on both sides.').waitFor();
    const decideLater = comparison.getByRole('button', { name: 'Decide later' });
    const [box, inside] = [await dialog.boundingBox(), await decideLater.boundingBox()];
    expect(inside!.x + inside!.width).toBeLessThanOrEqual(box!.x + box!.width);
    await both.getByRole('radiogroup', { name: 'Version of “Pause”' }).getByRole('radio', { name: 'Tenant’s' }).check();
    expect(await both.getByRole('radiogroup', { name: 'Version of Wait for in “Pause”' }).getByRole('radio', { name: 'Tenant’s' }).isChecked()).toBe(true);
    await page.screenshot({ path: join(SCREENSHOTS_DIR, 'sync-merge-compare-light.png') });
    // the comparison is clean for assistive technology: named radio groups, table headers, a labelled region
    const axe = await new AxeBuilder({ page: page as never }).include('.fp-sync__compare').analyze();
    expect(axe.violations.map((violation) => `${violation.id}: ${violation.nodes.map((node) => node.target.join(' ')).join(', ')}`)).toEqual([]);
    await save.click();

    // and the merged flow is saved, sent and in sync
    await dialog.getByRole('status').filter({ hasText: 'Merged, saved' }).waitFor();
    await row.getByText('In sync').waitFor();
    await page.screenshot({ path: join(SCREENSHOTS_DIR, 'sync-merge-saved-light.png') });
    const saved = JSON.parse(await readFile(file, 'utf8')) as Flow;
    expect([nodeOf(saved, 'greet').config.text, nodeOf(saved, 'bye').config.text, nodeOf(saved, 'pause').config.duration]).toEqual(['Hello from here!', LONG_GOODBYE, 1800]);
    const onTenant = (await (await call(`/v1/flows/${flow.id}`)).json()) as { document: Flow };
    expect(nodeOf(onTenant.document, 'greet').config.text).toBe('Hello from here!');
  });
});
