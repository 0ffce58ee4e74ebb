import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { canvas, indicatorText, library, nodesShowing, openFromLibrary, tabNamed, UI_SETTLE, waitForEditor } from './support/editor-page';
import { useEditorSessions } from './support/editor-session';
import { EXAMPLES_DIR } from './support/paths';
import { listFlowFiles } from './support/temp-workspace';

const { openSession } = useEditorSessions();

/** The example flows' names and folders, read from the files themselves. */
async function exampleFlows(): Promise<{ path: string; name: string }[]> {
  const paths = await listFlowFiles(EXAMPLES_DIR);
  return Promise.all(
    paths.map(async (path) => ({ path, name: (JSON.parse(await readFile(join(EXAMPLES_DIR, path), 'utf8')) as { name: string }).name })),
  );
}

describe('the workspace library', () => {
  test('opening the examples workspace lists every example flow by name, inside its folder', async () => {
    const { page } = await openSession();
    await waitForEditor(page);
    const flows = await exampleFlows();
    expect(flows.length).toBeGreaterThan(0);

    for (const { path, name } of flows) {
      const folder = path.split('/')[0]!;
      const folderItem = library(page).getByRole('treeitem', { name: folder, exact: true });
      await expect.poll(() => folderItem.getByRole('treeitem', { name, exact: true }).count(), UI_SETTLE).toBe(1);
    }
    // Nothing else: no `.flowpack/` state folder, no other files.
    const folders = new Set(flows.map(({ path }) => path.split('/')[0]));
    expect(await library(page).getByRole('treeitem').count()).toBe(flows.length + folders.size);
  });

  test('a flow opened from the library shows its steps on the canvas in its own tab', async () => {
    const { page } = await openSession();
    await waitForEditor(page);

    await openFromLibrary(page, 'Out-of-hours message');

    expect(await tabNamed(page, 'Out-of-hours message').getAttribute('aria-selected')).toBe('true');
    await nodesShowing(page, 'Within business hours?').waitFor();
    await expect.poll(() => canvas(page).locator('.react-flow__node').count(), UI_SETTLE).toBe(8);
    await expect.poll(() => indicatorText(page), UI_SETTLE).toBe('No problems');
  });

  test('searching the library by name narrows it to the matching flows', async () => {
    const { page } = await openSession();
    await waitForEditor(page);

    await library(page).getByRole('searchbox', { name: 'Search flows' }).fill('abandoned');

    await expect.poll(() => library(page).getByRole('treeitem', { name: 'Abandoned cart recovery' }).count(), UI_SETTLE).toBe(1);
    await expect.poll(() => library(page).getByRole('treeitem', { name: 'Sales IVR' }).count(), UI_SETTLE).toBe(0);
  });

  test('searching the library finds a flow by the text of one of its steps, which the host searches', async () => {
    const { page } = await openSession();
    await waitForEditor(page);

    // In the "Team is busy" message of the out-of-hours flow only, and not in its name or description.
    await library(page).getByRole('searchbox', { name: 'Search flows' }).fill('PATIENCE agents');

    await expect.poll(() => library(page).getByRole('treeitem', { name: 'Out-of-hours message' }).count(), UI_SETTLE).toBe(1);
    await expect.poll(() => library(page).getByRole('treeitem').filter({ hasNot: page.locator('[role="group"]') }).count(), UI_SETTLE).toBe(1);
  });
});
