import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import type { Page } from 'playwright-core';
import { createFlow } from '../../shared/catalog/create-flow';
import { serializeFlow } from '../../shared/format/flow-file';
import type { Flow } from '../../shared/format/flow-schema';
import { canvas, hasUnsavedChanges, nodeById, openFlowTabs, openFromLibrary, properties, tabNamed, UI_SETTLE, waitForEditor } from './support/editor-page';
import { axeViolations } from './support/axe';
import { useEditorSessions } from './support/editor-session';
import { exportDialog, importDialog } from './support/pack-dialogs';
import { TEST_RESULTS_DIR } from './support/paths';

const { openSession } = useEditorSessions();

const SCREENSHOTS_DIR = join(TEST_RESULTS_DIR, 'screenshots');

async function screenshot(page: Page, name: string): Promise<void> {
  await mkdir(SCREENSHOTS_DIR, { recursive: true });
  await page.screenshot({ path: join(SCREENSHOTS_DIR, name) });
}

/** A trigger and three messages piled on one spot (so laying them out visibly moves them), or in a row. */
function piledFlow(layout: 'piled' | 'row' = 'piled'): Flow {
  const base = createFlow({ profile: 'conversations', name: 'Piled steps' });
  const trigger = base.nodes[0]!;
  const nodes = [{ ...trigger, position: { x: 0, y: 0 } }];
  const edges = [];
  for (let index = 1; index <= 3; index++) {
    nodes.push({ id: `m${index}`, type: 'sendMessage', name: `Message ${index}`, position: layout === 'piled' ? { x: 0, y: 0 } : { x: index * 300, y: 0 }, config: { text: `Hello ${index}` } });
    edges.push({ id: `e${index}`, source: index === 1 ? trigger.id : `m${index - 1}`, sourcePort: 'next', target: `m${index}` });
  }
  return { ...base, nodes, edges };
}

async function openPiledFlow(page: Page, root: string, layout: 'piled' | 'row' = 'piled'): Promise<Flow> {
  const flow = piledFlow(layout);
  await writeFile(join(root, 'piled.flow.json'), serializeFlow(flow));
  await page.reload();
  await waitForEditor(page);
  await openFromLibrary(page, flow.name);
  await nodeById(page, 'm3').waitFor();
  return flow;
}

describe('keyboard shortcuts in the browser host, from the one action registry', () => {
  test('Ctrl+E exports, Ctrl+I imports, Ctrl+Shift+M toggles Problems, Ctrl+Shift+L lays out, Shift+1 fits the view', async () => {
    const { page, workspace } = await openSession();
    const flow = await openPiledFlow(page, workspace.root);

    await page.keyboard.press('Control+e');
    await exportDialog(page).waitFor();
    await page.keyboard.press('Escape');
    await exportDialog(page).waitFor({ state: 'detached' });

    await page.keyboard.press('Control+i');
    await importDialog(page).waitFor();
    await page.keyboard.press('Escape');
    await importDialog(page).waitFor({ state: 'detached' });

    const problemsButton = page.getByRole('toolbar', { name: 'Flow actions' }).getByRole('button', { name: 'Problems', exact: true });
    const pressed = await problemsButton.getAttribute('aria-pressed');
    await page.keyboard.press('Control+Shift+M');
    await expect.poll(() => problemsButton.getAttribute('aria-pressed'), UI_SETTLE).not.toBe(pressed);
    await page.keyboard.press('Control+Shift+M');
    await expect.poll(() => problemsButton.getAttribute('aria-pressed'), UI_SETTLE).toBe(pressed);

    const piled = await nodeById(page, 'm3').boundingBox();
    await page.keyboard.press('Control+Shift+L');
    await expect.poll(() => hasUnsavedChanges(tabNamed(page, flow.name)), UI_SETTLE).toBe(true);
    await expect.poll(async () => JSON.stringify(await nodeById(page, 'm3').boundingBox()), UI_SETTLE).not.toBe(JSON.stringify(piled));

    // Shift+1 on the canvas: zoomed in first, until some steps are out of view, then fitted.
    await nodeById(page, 'm1').focus();
    for (let press = 0; press < 6; press++) await page.keyboard.press('=');
    await expect.poll(() => allInView(page, flow), UI_SETTLE).toBe(false);
    await page.keyboard.press('Shift+Digit1');
    await expect.poll(() => allInView(page, flow), UI_SETTLE).toBe(true);
    // The Fit view button shows the same key the canvas answers to.
    expect(await canvas(page).getByRole('button', { name: 'Fit view' }).getAttribute('title')).toBe('Fit view (Shift+1)');
    await screenshot(page, 'shortcuts-after-layout-and-fit-light.png');
  });

  test('the keyboard shortcut list opens from the Help menu, by ? and by Ctrl+/, listing every action with its keys', async () => {
    const { page, workspace } = await openSession();
    await openPiledFlow(page, workspace.root);
    const list = page.getByRole('dialog', { name: 'Keyboard shortcuts' });

    await page.getByRole('toolbar', { name: 'Flow actions' }).getByRole('button', { name: 'Help' }).click();
    await page.getByRole('menu', { name: 'Help' }).getByRole('menuitem', { name: 'Keyboard shortcuts' }).click();
    await list.waitFor();
    const keysOf = (action: string) => list.getByRole('row', { name: action, exact: false }).first().getByRole('cell').textContent();
    expect(await keysOf('Export pack…')).toBe('Ctrl+E');
    expect(await keysOf('Fit view')).toBe('Shift+1');
    expect(await keysOf('Redo')).toBe('Ctrl+Shift+Z or Ctrl+Y');
    expect(await keysOf('Show or hide Problems')).toBe('Ctrl+Shift+M');
    // A browser keeps Ctrl+N and Ctrl+W for its own windows and tabs: the browser host lists the keys that work there.
    expect(await keysOf('New flow')).toBe('Ctrl+Alt+N');
    await screenshot(page, 'shortcuts-list-light.png');
    expect(await axeViolations(page, 'keyboard shortcuts list')).toEqual([]);
    await page.keyboard.press('Escape');
    await list.waitFor({ state: 'detached' });

    await nodeById(page, 'm1').focus();
    await page.keyboard.press('?');
    await list.waitFor();
    await page.keyboard.press('Escape');
    await list.waitFor({ state: 'detached' });

    await page.keyboard.press('Control+/');
    await list.waitFor();
    await page.keyboard.press('Escape');
    await list.waitFor({ state: 'detached' });

    // The browser host's own keys for what the browser keeps: New flow and Close.
    await page.keyboard.press('Control+Alt+n');
    const newFlow = page.getByRole('dialog', { name: 'New flow' });
    await newFlow.waitFor();
    await page.keyboard.press('Escape');
    await newFlow.waitFor({ state: 'detached' });
    await expect.poll(() => openFlowTabs(page).getByRole('tab').count(), UI_SETTLE).toBe(1);
    await page.keyboard.press('Control+Alt+w');
    await expect.poll(() => openFlowTabs(page).getByRole('tab').count(), UI_SETTLE).toBe(0);
  });

  test('undo in a drawer field is the flow\'s: Ctrl+Z restores the text, Redo is then offered, and undo never brings back removed text', async () => {
    const { page, workspace } = await openSession();
    await openPiledFlow(page, workspace.root, 'row');
    const toolbar = page.getByRole('toolbar', { name: 'Flow actions' });
    const undoButton = toolbar.getByRole('button', { name: 'Undo' });
    const redoButton = toolbar.getByRole('button', { name: 'Redo' });

    await nodeById(page, 'm1').click({ position: { x: 12, y: 8 } });
    const field = properties(page).getByRole('textbox', { name: 'Message' });
    await expect.poll(() => field.inputValue(), UI_SETTLE).toBe('Hello 1');
    await field.click();
    await page.keyboard.press('End');
    // "?" is a shortcut outside text fields; in a field it is typed.
    await page.keyboard.type(' and welcome?');
    await expect.poll(() => field.inputValue(), UI_SETTLE).toBe('Hello 1 and welcome?');
    expect(await undoButton.isEnabled()).toBe(true);

    // The typing burst is one step: one Ctrl+Z takes all of it back, in the field and in the flow.
    await page.keyboard.press('Control+z');
    await expect.poll(() => field.inputValue(), UI_SETTLE).toBe('Hello 1');
    await expect.poll(() => redoButton.isEnabled(), UI_SETTLE).toBe(true);
    await expect.poll(() => undoButton.isEnabled(), UI_SETTLE).toBe(false);

    // Nothing left to undo: a second Ctrl+Z changes nothing (no text field history underneath).
    await page.keyboard.press('Control+z');
    expect(await field.inputValue()).toBe('Hello 1');
    await expect.poll(() => hasFocus(page), UI_SETTLE).toBe(true);

    // Redo by key in the field brings the burst back, and the button undoes it again.
    await page.keyboard.press('Control+Shift+z');
    await expect.poll(() => field.inputValue(), UI_SETTLE).toBe('Hello 1 and welcome?');
    await undoButton.click();
    await expect.poll(() => field.inputValue(), UI_SETTLE).toBe('Hello 1');
    await screenshot(page, 'shortcuts-drawer-undo-light.png');
  });

  test('outside the editor a text field keeps its own undo: Ctrl+Z in a dialog\'s field undoes the typing, not the flow', async () => {
    const { page, workspace } = await openSession();
    await openPiledFlow(page, workspace.root);
    // The layout is the flow's one step: an Undo of the flow would take it back and leave nothing to undo.
    const undoButton = page.getByRole('toolbar', { name: 'Flow actions' }).getByRole('button', { name: 'Undo' });
    await page.keyboard.press('Control+Shift+L');
    await expect.poll(() => undoButton.isEnabled(), UI_SETTLE).toBe(true);

    await page.getByRole('navigation', { name: 'Library' }).getByRole('button', { name: 'New flow' }).click();
    const dialog = page.getByRole('dialog', { name: 'New flow' });
    const name = dialog.getByRole('textbox', { name: 'Name' });
    await name.click();
    await page.keyboard.type('Draft');
    await page.keyboard.press('Control+z');
    await expect.poll(() => name.inputValue(), UI_SETTLE).toBe('');
    expect(await undoButton.isEnabled()).toBe(true);
  });
});

/** Whether every step of the flow is drawn wholly inside the canvas pane. */
async function allInView(page: Page, flow: Flow): Promise<boolean> {
  const pane = await canvas(page).locator('.react-flow').boundingBox();
  if (pane === null) return false;
  for (const node of flow.nodes) {
    const box = await nodeById(page, node.id)
      .boundingBox({ timeout: 1000 })
      .catch(() => null);
    if (box === null || box.x < pane.x || box.y < pane.y || box.x + box.width > pane.x + pane.width || box.y + box.height > pane.y + pane.height) return false;
  }
  return true;
}

/** Whether the focus is still in the drawer's field (Ctrl+Z did not move it). */
const hasFocus = (page: Page) => properties(page).getByRole('textbox', { name: 'Message' }).evaluate((element) => element.ownerDocument.activeElement === element);
