import { describe, expect, test } from 'vitest';
import type { Page } from 'playwright-core';
import { canvas, hasUnsavedChanges, nodeById, nodesShowing, openFromLibrary, properties, tabNamed, UI_SETTLE, waitForEditor } from './support/editor-page';
import { axeViolations } from './support/axe';
import { useEditorSessions } from './support/editor-session';
import { changeFlowOnDisk, readFlow, renameNode } from './support/flow-files';

const { openSession } = useEditorSessions();

const FLOW = 'Out-of-hours message';
const FILE = 'conversations/out-of-hours-message.flow.json';
const fitView = (page: Page) => canvas(page).getByRole('button', { name: 'Fit view' }).click();
const changedOnDisk = (page: Page) => page.getByRole('alert').filter({ hasText: 'This file changed on disk' });

/** Opens the flow and renames its trigger in the editor, leaving the tab with unsaved changes. */
async function openWithUnsavedEdit(page: Page): Promise<void> {
  await waitForEditor(page);
  await openFromLibrary(page, FLOW);
  await nodeById(page, 'trigger').click({ position: { x: 12, y: 8 } });
  await properties(page).getByRole('textbox', { name: 'Step name' }).fill('Chat started');
  await expect.poll(() => hasUnsavedChanges(tabNamed(page, FLOW)), UI_SETTLE).toBe(true);
}

describe('a flow file changed on disk while it is open', () => {
  test('a tab without unsaved changes reloads the new content by itself', async () => {
    const { page, workspace } = await openSession();
    await waitForEditor(page);
    await openFromLibrary(page, FLOW);
    await nodesShowing(page, 'Close conversation').first().waitFor();

    await changeFlowOnDisk(workspace.root, FILE, (flow) => renameNode(flow, 'close', 'End the chat'));

    await expect.poll(() => nodeById(page, 'close').textContent(), UI_SETTLE).toContain('End the chat');
    expect(await hasUnsavedChanges(tabNamed(page, FLOW))).toBe(false);
    expect(await changedOnDisk(page).count()).toBe(0);
  });

  test('a tab with unsaved changes asks, and "Reload from disk" takes the file’s content', async () => {
    const { page, workspace } = await openSession();
    await openWithUnsavedEdit(page);

    await changeFlowOnDisk(workspace.root, FILE, (flow) => renameNode(flow, 'close', 'End the chat'));
    await changedOnDisk(page).waitFor();
    // Asking means nothing changed yet: the editor still shows the user's edit.
    expect(await nodeById(page, 'trigger').textContent()).toContain('Chat started');

    await changedOnDisk(page).getByRole('button', { name: 'Reload from disk' }).click();
    // The canvas draws only the steps in view; the renamed step is the flow's last.
    await fitView(page);

    await expect.poll(() => nodeById(page, 'close').textContent(), UI_SETTLE).toContain('End the chat');
    expect(await nodeById(page, 'trigger').textContent()).not.toContain('Chat started');
    await expect.poll(() => hasUnsavedChanges(tabNamed(page, FLOW)), UI_SETTLE).toBe(false);
    expect(await changedOnDisk(page).count()).toBe(0);
  });

  test('a tab with unsaved changes asks, and "Keep mine" writes the editor’s version over the file', async () => {
    const { page, workspace } = await openSession();
    await openWithUnsavedEdit(page);

    await changeFlowOnDisk(workspace.root, FILE, (flow) => renameNode(flow, 'close', 'End the chat'));
    await changedOnDisk(page).waitFor();
    expect((await readFlow(workspace.root, FILE)).nodes.find((node) => node.id === 'trigger')?.name).toBe('Conversation opened');

    await changedOnDisk(page).getByRole('button', { name: 'Keep mine' }).click();

    await expect.poll(() => hasUnsavedChanges(tabNamed(page, FLOW)), UI_SETTLE).toBe(false);
    const saved = await readFlow(workspace.root, FILE);
    expect(saved.nodes.find((node) => node.id === 'trigger')?.name).toBe('Chat started');
    expect(saved.nodes.find((node) => node.id === 'close')?.name).toBe('Close conversation');
  });

  test('saving over a file that changed on disk asks first and leaves the file as it is', async () => {
    const { page, workspace } = await openSession();
    await openWithUnsavedEdit(page);
    await changeFlowOnDisk(workspace.root, FILE, (flow) => renameNode(flow, 'close', 'End the chat'));
    await changedOnDisk(page).waitFor();

    await page.getByRole('button', { name: 'Save', exact: true }).click();

    await page.getByRole('dialog', { name: 'The file changed on disk' }).waitFor();
    // The question is as clean for assistive technology as every other dialog.
    expect(await axeViolations(page, 'changed-on-disk')).toEqual([]);
    const onDisk = await readFlow(workspace.root, FILE);
    expect(onDisk.nodes.find((node) => node.id === 'close')?.name).toBe('End the chat');
    expect(onDisk.nodes.find((node) => node.id === 'trigger')?.name).toBe('Conversation opened');
    expect(await hasUnsavedChanges(tabNamed(page, FLOW))).toBe(true);
  });

  test('branches reordered on disk: each connection of the reloaded step still starts at its own branch', async () => {
    const { page, workspace } = await openSession();
    await waitForEditor(page);
    await openFromLibrary(page, 'Sales auto-assignment');
    await nodeById(page, 'route-interest').waitFor();
    await fitView(page);
    await expect.poll(() => connectionStartOffsets(page, 'route-interest'), UI_SETTLE).toEqual([0, 0, 0]);

    // Same ports, same step size, other order: only the handles move.
    await changeFlowOnDisk(workspace.root, 'conversations/sales-auto-assignment.flow.json', (flow) => {
      const config = flow.nodes.find((node) => node.id === 'route-interest')!.config as { conditions: unknown[] };
      config.conditions.reverse();
    });

    const ports = nodeById(page, 'route-interest').locator('.react-flow__handle.source');
    await expect.poll(() => ports.evaluateAll((handles) => handles.map((handle) => handle.getAttribute('data-handleid'))), UI_SETTLE).toEqual(['business', 'residential', 'else']);
    await expect.poll(() => connectionStartOffsets(page, 'route-interest'), UI_SETTLE).toEqual([0, 0, 0]);
  });
});

/**
 * How far, in pixels, each of the step's connections starts from the middle of its own port's
 * handle on screen (the connection's first point against the handle's box).
 */
function connectionStartOffsets(page: Page, stepId: string): Promise<number[]> {
  return page.evaluate(`(() => {
    const step = document.querySelector('.react-flow__node[data-id="${stepId}"]');
    return [...document.querySelectorAll('.react-flow__edge')]
      .filter((edge) => edge.getAttribute('data-id').startsWith('${stepId}.'))
      .map((edge) => {
        const path = edge.querySelector('path.react-flow__edge-path');
        const start = path.getPointAtLength(0);
        const m = path.getScreenCTM();
        const x = start.x * m.a + start.y * m.c + m.e;
        const y = start.x * m.b + start.y * m.d + m.f;
        const port = edge.getAttribute('data-id').slice('${stepId}.'.length);
        const box = step.querySelector('.react-flow__handle.source[data-handleid="' + port + '"]').getBoundingClientRect();
        return Math.round(Math.hypot(x - (box.right), y - (box.top + box.height / 2)));
      });
  })()`);
}

describe('Save As in the browser host (the app asks for the name; the desktop app uses its native dialog)', () => {
  test('writes the edited flow to a new file with an id of its own, continues there, and leaves the original as it was', async () => {
    const { page, workspace } = await openSession();
    await openWithUnsavedEdit(page);
    const original = await readFlow(workspace.root, FILE);

    await page.keyboard.press('Control+Shift+S');
    const dialog = page.getByRole('dialog', { name: 'Save as' });
    await dialog.getByRole('textbox', { name: 'File name' }).fill('out-of-hours-v2');
    await dialog.getByRole('button', { name: 'Save copy' }).click();
    await dialog.waitFor({ state: 'detached' });

    const copy = await readFlow(workspace.root, 'conversations/out-of-hours-v2.flow.json');
    expect(copy.id).not.toBe(original.id);
    expect(copy.nodes.find((node) => node.id === 'trigger')?.name).toBe('Chat started');
    expect(await readFlow(workspace.root, FILE)).toEqual(original);
    expect(await hasUnsavedChanges(tabNamed(page, FLOW))).toBe(false);
  });
});
