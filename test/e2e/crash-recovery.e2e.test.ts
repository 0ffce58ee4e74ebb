import { describe, expect, test } from 'vitest';
import type { Page } from 'playwright-core';
import { eventually, hasUnsavedChanges, nodeById, openFromLibrary, properties, tabNamed, UI_SETTLE, waitForEditor } from './support/editor-page';
import { axeViolations } from './support/axe';
import { useEditorSessions } from './support/editor-session';
import type { EditorSession } from './support/editor-session';
import { readFlow } from './support/flow-files';
import { readRecoveryJournal } from './support/recovery-files';

const { openSession } = useEditorSessions();

const FLOW = 'Out-of-hours message';
const FILE = 'conversations/out-of-hours-message.flow.json';
const recoveryOffer = (page: Page) => page.getByRole('dialog', { name: 'Restore unsaved work?' });

/**
 * Renames the flow's trigger without saving, waits until the recovery journal holds the edit,
 * then kills the host and starts a new one on the same workspace, and reloads the page there.
 */
async function editThenKillHost(session: EditorSession): Promise<void> {
  const { page, workspace } = session;
  await waitForEditor(page);
  await openFromLibrary(page, FLOW);
  await nodeById(page, 'trigger').click({ position: { x: 12, y: 8 } });
  await properties(page).getByRole('textbox', { name: 'Step name' }).fill('Chat started');
  // The journal runs every few seconds; the kill comes only once it holds the edit.
  await eventually(
    () => readRecoveryJournal(workspace.root),
    (entries) => entries.some((entry) => entry.path === FILE && entry.text.includes('Chat started')),
  );
  await session.restartHost();
}

/** Reloads the page and waits until the editor has looked for unsaved work to offer. */
async function reloadAndWaitForRecoveryCheck(page: Page): Promise<void> {
  const checked = page.waitForResponse((response) => response.url().endsWith('/api/call/recovery:list'));
  await page.reload();
  await checked;
  await waitForEditor(page);
  // The answer is in; give React a moment to show the question it would ask, so absence means absence.
  await page.waitForTimeout(500);
}

const triggerNameOnDisk = async (root: string) => (await readFlow(root, FILE)).nodes.find((node) => node.id === 'trigger')?.name;

describe('unsaved edits survive a killed host', () => {
  test('after the host dies with unsaved edits, the next start offers them back and restoring brings them back', async () => {
    const session = await openSession();
    const { page, workspace } = session;
    await editThenKillHost(session);

    await recoveryOffer(page).waitFor();
    expect(await recoveryOffer(page).textContent()).toContain(FILE);
    // The offer is as clean for assistive technology as every other dialog.
    expect(await axeViolations(page, 'recovery-offer')).toEqual([]);
    await recoveryOffer(page).getByRole('button', { name: `Restore ${FILE}` }).click();

    await expect.poll(() => nodeById(page, 'trigger').textContent(), UI_SETTLE).toContain('Chat started');
    // Restored, not saved: the tab holds the edits as unsaved changes and the file is as it was.
    expect(await hasUnsavedChanges(tabNamed(page, FLOW))).toBe(true);
    expect(await triggerNameOnDisk(workspace.root)).toBe('Conversation opened');

    await page.getByRole('button', { name: 'Save', exact: true }).click();
    await expect.poll(() => hasUnsavedChanges(tabNamed(page, FLOW)), UI_SETTLE).toBe(false);
    expect(await triggerNameOnDisk(workspace.root)).toBe('Chat started');
  });

  test('restored edits, once saved, are not offered again at the next start', async () => {
    const session = await openSession();
    const { page } = session;
    await editThenKillHost(session);
    await recoveryOffer(page).getByRole('button', { name: `Restore ${FILE}` }).click();
    await expect.poll(() => nodeById(page, 'trigger').textContent(), UI_SETTLE).toContain('Chat started');
    await page.getByRole('button', { name: 'Save', exact: true }).click();
    await expect.poll(() => hasUnsavedChanges(tabNamed(page, FLOW)), UI_SETTLE).toBe(false);

    await reloadAndWaitForRecoveryCheck(page);

    expect(await recoveryOffer(page).count()).toBe(0);
  });

  test('discarding the offered edits leaves the file as it was and stops the question', async () => {
    const session = await openSession();
    const { page, workspace } = session;
    await editThenKillHost(session);

    await recoveryOffer(page).getByRole('button', { name: 'Discard all' }).click();

    await eventually(
      () => readRecoveryJournal(workspace.root),
      (entries) => entries.length === 0,
    );
    expect(await triggerNameOnDisk(workspace.root)).toBe('Conversation opened');
    await reloadAndWaitForRecoveryCheck(page);
    expect(await recoveryOffer(page).count()).toBe(0);
  });
});
