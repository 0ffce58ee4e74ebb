import { describe, expect, test } from 'vitest';
import { createBlankFlow, library, UI_SETTLE, waitForEditor } from './support/editor-page';
import { useEditorSessions } from './support/editor-session';

const { openSession } = useEditorSessions();

// Dialogs are loaded from chunks of their own the first time they open, under the
// browser host's Content-Security-Policy (script-src 'self').
describe('dialogs loaded on first use', () => {
  test('a dialog opens from its own chunk, and does what it did when it was part of the main bundle', async () => {
    const { page } = await openSession();
    await waitForEditor(page);
    const chunks: string[] = [];
    page.on('request', (request) => {
      if (/\/assets\/NewFlowDialog-[^/]+\.js$/.test(request.url())) chunks.push(request.url());
    });

    await createBlankFlow(page, 'Loaded on demand');

    expect(chunks).toHaveLength(1);
    await expect.poll(() => library(page).getByRole('treeitem', { name: 'Loaded on demand', exact: true }).count(), UI_SETTLE).toBe(1);
  });

  test('a dialog whose code cannot be loaded is closed with a notice, the editor keeps working, and the next try loads it', async () => {
    const { page } = await openSession();
    await waitForEditor(page);
    const chunk = /\/assets\/NewFlowDialog-[^/]+\.js$/;
    await page.route(chunk, (route) => route.abort('failed'));

    await library(page).getByRole('button', { name: 'New flow' }).click();

    await expect.poll(() => page.getByRole('status').textContent(), UI_SETTLE).toContain('Could not show this dialog');
    expect(await page.getByRole('dialog').count()).toBe(0);

    await page.unroute(chunk);
    await createBlankFlow(page, 'Second try');
    await expect.poll(() => library(page).getByRole('treeitem', { name: 'Second try', exact: true }).count(), UI_SETTLE).toBe(1);
  });
});
