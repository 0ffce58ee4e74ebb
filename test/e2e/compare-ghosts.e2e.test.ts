import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import AxeBuilder from '@axe-core/playwright';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { createFlow } from '../../shared/catalog/create-flow';
import { serializeFlow } from '../../shared/format/flow-file';
import type { Flow } from '../../shared/format/flow-schema';
import { makeTenant } from '../../server/test/tenant-fixtures';
import { startTestServer } from '../../server/test/test-server';
import type { TestServer } from '../../server/test/test-server';
import { hasUnsavedChanges, nodeById, tabNamed, UI_SETTLE, waitForEditor } from './support/editor-page';
import { useEditorSessions } from './support/editor-session';
import type { TempWorkspace } from './support/temp-workspace';
import { TEST_RESULTS_DIR } from './support/paths';
import { connectTenant, tenantFetch } from './support/tenant-dialogs';

const { openSession } = useEditorSessions();
const SCREENSHOTS_DIR = join(TEST_RESULTS_DIR, 'screenshots');
const FILE = 'greeting.flow.json';

let server: TestServer;
let token: string;

/** The tenant's version: a trigger, then Greet, Pause and Goodbye in a column. */
const tenantVersion = createFlow({ profile: 'conversations', name: 'Greeting' });
const trigger = tenantVersion.nodes[0]!;
trigger.position = { x: 0, y: 0 };
tenantVersion.nodes.push(
  { id: 'greet', type: 'sendMessage', name: 'Greet', position: { x: 0, y: 150 }, config: { text: 'Hello!' } },
  { id: 'pause', type: 'wait', name: 'Pause', position: { x: 0, y: 300 }, config: { duration: 3600 } },
  { id: 'bye', type: 'sendMessage', name: 'Goodbye', position: { x: 0, y: 450 }, config: { text: 'Bye!' } },
);
tenantVersion.edges.push(
  { id: 'e1', source: trigger.id, sourcePort: 'next', target: 'greet' },
  { id: 'e2', source: 'greet', sourcePort: 'next', target: 'pause' },
  { id: 'e3', source: 'pause', sourcePort: 'next', target: 'bye' },
);

beforeAll(async () => {
  server = await startTestServer('pglite');
  ({ admin: token } = await makeTenant(server.database.db, 'Ghost tenant'));
  expect((await tenantFetch(server.url, token)('/v1/flows', { method: 'POST', body: { document: tenantVersion } })).status).toBe(201);
});
afterAll(() => server?.close());

/**
 * Pulls the flow, then changes the workspace copy as a colleague would: Pause removed (Greet now
 * goes straight to Goodbye), Goodbye reworded and a Thanks step added after it; then compares it
 * with the tenant's version and shows the comparison on the canvas.
 */
async function showComparison(page: Page, workspace: TempWorkspace): Promise<void> {
  await page.setViewportSize({ width: 1280, height: 860 });
  await waitForEditor(page);
  await (await connectTenant(page, 'Ghosts', server.url, token)).getByRole('button', { name: 'Sync' }).click();
  const dialog = page.getByRole('dialog', { name: 'Sync with Ghosts' });
  const row = dialog.getByRole('table', { name: 'This workspace and Ghost tenant' }).getByRole('row', { name: /Greeting/ });
  await row.getByRole('button', { name: 'Pull' }).click();
  await row.getByText('In sync').waitFor();

  const file = join(workspace.root, FILE);
  const mine = JSON.parse(await readFile(file, 'utf8')) as Flow;
  mine.nodes = mine.nodes.filter((node) => node.id !== 'pause');
  mine.nodes.find((node) => node.id === 'bye')!.config.text = 'See you!';
  mine.nodes.push({ id: 'thanks', type: 'sendMessage', name: 'Thanks', position: { x: 330, y: 450 }, config: { text: 'Thanks!' } });
  mine.edges = [
    ...mine.edges.filter((edge) => edge.source !== 'pause' && edge.target !== 'pause'),
    { id: 'e4', source: 'greet', sourcePort: 'next', target: 'bye' },
    { id: 'e5', source: 'bye', sourcePort: 'next', target: 'thanks' },
  ];
  await writeFile(file, serializeFlow(mine));

  await dialog.getByRole('button', { name: 'Back to tenants' }).click();
  await page.getByRole('dialog', { name: 'Tenants' }).getByRole('listitem', { name: 'Ghosts' }).getByRole('button', { name: 'Sync' }).click();
  await row.getByText('Local changes').waitFor();
  await row.getByRole('button', { name: 'Compare…' }).click();
  await dialog.getByRole('region', { name: 'Compare "Greeting"' }).getByRole('button', { name: 'Show on the canvas' }).click();
  await page.getByRole('status').filter({ hasText: 'Differences with Ghosts' }).waitFor();
}

const ghostOf = (page: Page, id: string) => page.locator(`.react-flow__node-ghost[data-id="ghost~${id}"]`);
const ghostConnections = (page: Page) => page.locator('.react-flow__edge.diff-removed');

describe('the canvas compare draws both versions', () => {
  test('a removed step is drawn as a ghost where it was, with its connections; the added step is badged; hiding the comparison clears them; a save writes no ghost', async () => {
    await mkdir(SCREENSHOTS_DIR, { recursive: true });
    const { page, workspace } = await openSession();
    await showComparison(page, workspace);

    // The ghost of Pause, between Greet and Goodbye where the tenant's version has it, named as removed.
    const ghost = ghostOf(page, 'pause');
    await ghost.waitFor();
    expect(await ghost.getAttribute('aria-label')).toBe('Removed step “Pause”: only in the version of Ghosts');
    expect(await ghost.locator('.fp-node__badge').textContent()).toBe('Removed');
    const [greet, bye, ghostBox] = await Promise.all([nodeById(page, 'greet').boundingBox(), nodeById(page, 'bye').boundingBox(), ghost.boundingBox()]);
    expect(ghostBox!.x).toBeCloseTo(greet!.x, 0);
    expect(ghostBox!.y).toBeGreaterThan(greet!.y + greet!.height);
    expect(ghostBox!.y + ghostBox!.height).toBeLessThan(bye!.y);
    // Its two connections drawn as ghosts, named for screen readers; the new one from Greet to Goodbye drawn as usual.
    await expect.poll(() => ghostConnections(page).count(), UI_SETTLE).toBe(2);
    expect(await ghostConnections(page).evaluateAll((edges) => edges.map((edge) => edge.getAttribute('aria-label')))).toEqual([
      'Removed connection: Connection from “Greet” (Next) to “Pause”',
      'Removed connection: Connection from “Pause” (Next) to “Goodbye”',
    ]);
    // The added and the changed step are outlined and say so in words, not only by colour.
    const thanks = nodeById(page, 'thanks');
    expect(await thanks.getAttribute('class')).toContain('diff-added');
    expect(await thanks.locator('.fp-node__badge').textContent()).toBe('Added');
    expect(await nodeById(page, 'bye').getAttribute('class')).toContain('diff-changed');
    expect(await nodeById(page, 'bye').locator('.fp-node__badge').textContent()).toBe('Changed');
    expect(await nodeById(page, 'greet').locator('.fp-node__badge').count()).toBe(0);
    await page.screenshot({ path: join(SCREENSHOTS_DIR, 'compare-ghosts-light.png') });
    const axe = await new AxeBuilder({ page: page as never }).include('.react-flow__node-ghost').include('.react-flow__edge.diff-removed').include('.react-flow__node.diff-added').include('.react-flow__node.diff-changed').analyze();
    expect(axe.violations.map((violation) => `${violation.id}: ${violation.nodes.map((node) => node.target.join(' ')).join(', ')}`)).toEqual([]);

    // A ghost takes no click: clicking it selects nothing.
    await page.mouse.click(ghostBox!.x + ghostBox!.width / 2, ghostBox!.y + 20);
    expect(await page.locator('.react-flow__node.selected').count()).toBe(0);

    // An edit while the comparison is shown, saved: the file holds this copy's steps, no ghost.
    await thanks.click();
    await page.keyboard.press('ArrowRight');
    const tab = tabNamed(page, 'Greeting');
    await expect.poll(() => hasUnsavedChanges(tab), UI_SETTLE).toBe(true);
    await page.getByRole('button', { name: 'Save', exact: true }).click();
    await expect.poll(() => hasUnsavedChanges(tab), UI_SETTLE).toBe(false);
    const savedText = await readFile(join(workspace.root, FILE), 'utf8');
    const saved = JSON.parse(savedText) as Flow;
    expect(saved.nodes.map((node) => node.id)).toEqual([trigger.id, 'greet', 'bye', 'thanks']);
    expect(saved.nodes.find((node) => node.id === 'thanks')!.position.x).toBeGreaterThan(330);
    expect(saved.edges.map((edge) => edge.id)).toEqual(['e1', 'e4', 'e5']);
    expect(savedText).not.toContain('ghost');

    // Hiding the comparison takes the ghosts and badges away.
    await page.getByRole('button', { name: 'Hide differences' }).click();
    await expect.poll(() => page.locator('.react-flow__node-ghost').count(), UI_SETTLE).toBe(0);
    expect(await ghostConnections(page).count()).toBe(0);
    expect(await page.locator('.fp-node__badge').count()).toBe(0);
    expect(await nodeById(page, 'greet').count()).toBe(1);
  });

  test('in the dark theme the ghost and the badges read as clearly', async () => {
    await mkdir(SCREENSHOTS_DIR, { recursive: true });
    const { page, workspace } = await openSession({ colorScheme: 'dark' });
    await showComparison(page, workspace);
    await ghostOf(page, 'pause').waitFor();
    await expect.poll(() => ghostConnections(page).count(), UI_SETTLE).toBe(2);
    expect(await nodeById(page, 'thanks').locator('.fp-node__badge').textContent()).toBe('Added');
    expect(await nodeById(page, 'bye').locator('.fp-node__badge').textContent()).toBe('Changed');
    await page.screenshot({ path: join(SCREENSHOTS_DIR, 'compare-ghosts-dark.png') });
    const axe = await new AxeBuilder({ page: page as never }).include('.react-flow__node-ghost').include('.react-flow__node.diff-added').include('.react-flow__node.diff-changed').analyze();
    expect(axe.violations.map((violation) => `${violation.id}: ${violation.nodes.map((node) => node.target.join(' ')).join(', ')}`)).toEqual([]);
  });
});
