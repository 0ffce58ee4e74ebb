import { mkdir, mkdtemp, readFile, readdir, realpath, rm, stat, symlink, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import type { Page } from 'playwright-core';
import { hasUnsavedChanges, library, nodeById, openFromLibrary, properties, tabNamed, UI_SETTLE, waitForEditor } from './support/editor-page';
import { useEditorSessions } from './support/editor-session';

const { openSession } = useEditorSessions();

const FLOW = 'Out-of-hours message';
const FILE = 'conversations/out-of-hours-message.flow.json';
const OTHER_FLOW = 'Sales auto-assignment';
const OTHER_FILE = 'conversations/sales-auto-assignment.flow.json';

/** The status line's error notice holding `text`. */
const errorNotice = (page: Page, text: string) => page.getByRole('status').locator('.notice-error').filter({ hasText: text });

/** Every entry under `folder` with its content, to show nothing there changed. */
async function snapshot(folder: string): Promise<Record<string, string>> {
  const entries: Record<string, string> = {};
  for (const name of (await readdir(folder, { recursive: true })).sort()) {
    const path = join(folder, name);
    entries[name] = (await stat(path)).isDirectory() ? '(folder)' : await readFile(path, 'utf8');
  }
  return entries;
}

/**
 * A folder outside the workspace full of someone's flow files (backup rotation would delete the
 * older ones), and the workspace's state linking into it, as a workspace from git or a zip may
 * arrive: the backups of one flow and the trash.
 */
async function linkStateOutside(workspace: string): Promise<{ outside: string; remove: () => Promise<void> }> {
  const outside = await realpath(await mkdtemp(join(tmpdir(), 'flowpack-e2e-outside-')));
  await mkdir(join(outside, 'backups'));
  await mkdir(join(outside, 'trash'));
  for (let n = 1; n <= 15; n++) await writeFile(join(outside, 'backups', `2020-01-${String(n).padStart(2, '0')}T00-00-00-000Z.flow.json`), `{"someone's": ${n}}\n`);
  await writeFile(join(outside, 'trash', 'notes.txt'), 'not the workspace’s\n');
  await mkdir(join(workspace, '.flowpack', 'backups', 'conversations'), { recursive: true });
  await symlink(join(outside, 'backups'), join(workspace, '.flowpack', 'backups', FILE));
  await symlink(join(outside, 'trash'), join(workspace, '.flowpack', 'trash'));
  return { outside, remove: () => rm(outside, { recursive: true, force: true }) };
}

describe('a workspace whose state folders link outside it', () => {
  test('a save and a trash are refused naming the link, and nothing outside the workspace changes', async () => {
    const { page, workspace } = await openSession();
    const { outside, remove } = await linkStateOutside(workspace.root);
    try {
      const before = await snapshot(outside);
      const savedText = await readFile(join(workspace.root, FILE), 'utf8');
      await waitForEditor(page);

      // A save would rotate backups in the linked folder: refused, the edit kept unsaved in the tab.
      await openFromLibrary(page, FLOW);
      await nodeById(page, 'trigger').click({ position: { x: 12, y: 8 } });
      await properties(page).getByRole('textbox', { name: 'Step name' }).fill('Chat started');
      await page.getByRole('button', { name: 'Save', exact: true }).click();
      await errorNotice(page, `".flowpack/backups/${FILE}" is a symbolic link`).waitFor();
      expect(await hasUnsavedChanges(tabNamed(page, FLOW))).toBe(true);
      expect(await readFile(join(workspace.root, FILE), 'utf8')).toBe(savedText);

      // Trashing a flow would move it out of the workspace: refused, the flow stays where it is.
      await page.getByRole('status').getByRole('button', { name: 'Dismiss' }).click();
      await library(page).getByRole('treeitem', { name: OTHER_FLOW, exact: true }).click();
      await library(page).getByRole('treeitem', { name: OTHER_FLOW, exact: true }).press('Delete');
      await page.getByRole('dialog', { name: 'Move to the trash?' }).getByRole('button', { name: 'Move to trash' }).click();
      await errorNotice(page, '".flowpack/trash" is a symbolic link').waitFor();
      await expect.poll(async () => (await readdir(join(workspace.root, 'conversations'))).includes('sales-auto-assignment.flow.json'), UI_SETTLE).toBe(true);
      expect(await library(page).getByRole('treeitem', { name: OTHER_FLOW, exact: true }).count()).toBe(1);

      expect(await snapshot(outside)).toEqual(before);
      expect(await readFile(join(workspace.root, OTHER_FILE), 'utf8')).toContain(OTHER_FLOW);
    } finally {
      await remove();
    }
  });
});
