import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import type { Locator, Page } from 'playwright-core';
import { serializeFlow } from '../../shared/format/flow-file';
import type { Flow } from '../../shared/format/flow-schema';
import {
  canvas,
  hasUnsavedChanges,
  indicatorText,
  library,
  nodeById,
  nodesShowing,
  openFromLibrary,
  palette,
  properties,
  tabNamed,
  UI_SETTLE,
  waitForEditor,
} from './support/editor-page';
import { useEditorSessions } from './support/editor-session';
import { TEST_RESULTS_DIR } from './support/paths';
import { listFlowFiles } from './support/temp-workspace';
import { createFlow } from '../../shared/catalog/create-flow';

const { openSession } = useEditorSessions();

const SCREENSHOTS_DIR = join(TEST_RESULTS_DIR, 'screenshots');
const FLOW_NAME = 'Keyboard welcome';
const MESSAGE = 'Welcome! How can we help?';

/** Whether `locator` is the element with keyboard focus. */
const hasFocus = (locator: Locator): Promise<boolean> => locator.evaluate((element) => element.ownerDocument.activeElement === element).catch(() => false);

/** Presses `key` (Tab by default) until `target` has focus, as a person tabs to a control; fails after `max` presses. */
async function tabTo(page: Page, target: Locator, key = 'Tab', max = 80): Promise<void> {
  for (let presses = 0; presses < max; presses++) {
    if (await hasFocus(target)) return;
    await page.keyboard.press(key);
  }
  if (!(await hasFocus(target))) throw new Error(`${key} never reached ${String(target)}`);
}

/** The id of the step with keyboard focus, or what has focus instead. */
const focusedStep = (page: Page): Promise<string> =>
  page.evaluate<string>(
    "(() => { const active = document.activeElement; const step = active?.closest('.react-flow__node'); return step ? step.getAttribute('data-id') : `not a step: ${active?.tagName}`; })()",
  );

async function screenshot(page: Page, name: string): Promise<void> {
  await mkdir(SCREENSHOTS_DIR, { recursive: true });
  await page.screenshot({ path: join(SCREENSHOTS_DIR, name) });
}

/** Whether a step is drawn wholly inside the canvas pane. */
async function inView(page: Page, step: Locator): Promise<boolean> {
  const [box, pane] = await Promise.all([step.boundingBox(), canvas(page).locator('.react-flow').boundingBox()]);
  if (box === null || pane === null) return false;
  return box.x >= pane.x && box.y >= pane.y && box.x + box.width <= pane.x + pane.width && box.y + box.height <= pane.y + pane.height;
}

/** A manual trigger and `count` messages in one row, 400 px apart: far wider than the canvas at 100 %. */
function longRow(count: number): Flow {
  const base = createFlow({ profile: 'conversations', name: 'Long row' });
  const nodes = [...base.nodes];
  const edges = [];
  for (let index = 1; index <= count; index++) {
    nodes.push({ id: `m${index}`, type: 'sendMessage', name: `Message ${index}`, position: { x: index * 400, y: 0 }, config: { text: `Text ${index}` } });
    edges.push({ id: `e${index}`, source: index === 1 ? base.nodes[0]!.id : `m${index - 1}`, sourcePort: 'next', target: `m${index}` });
  }
  return { ...base, nodes, edges };
}

describe('the canvas by keyboard alone', () => {
  test('a flow goes from empty to valid and saved without the pointer: new flow, add a step, connect, fill in, save', async () => {
    const { page, workspace } = await openSession();
    await waitForEditor(page);
    const before = await listFlowFiles(workspace.root);

    await tabTo(page, library(page).getByRole('button', { name: 'New flow' }));
    await page.keyboard.press('Enter');
    const dialog = page.getByRole('dialog', { name: 'New flow' });
    await tabTo(page, dialog.getByRole('textbox', { name: 'Name' }));
    await page.keyboard.type(FLOW_NAME);
    await page.keyboard.press('Enter');
    await tabNamed(page, FLOW_NAME).waitFor();
    await expect.poll(() => indicatorText(page), UI_SETTLE).toBe('No problems');

    await tabTo(page, palette(page).getByRole('button', { name: 'Add Send a message' }));
    await page.keyboard.press('Enter');
    await expect.poll(() => indicatorText(page), UI_SETTLE).toBe('1 error, 1 warning');

    const trigger = nodesShowing(page, 'Manual trigger');
    const message = nodesShowing(page, 'Send a message');
    await tabTo(page, trigger);
    // While a step has keyboard focus the canvas shows its keys.
    await expect.poll(() => canvas(page).getByText('C: connect').isVisible(), UI_SETTLE).toBe(true);
    await screenshot(page, 'keyboard-step-focused-light.png');

    await page.keyboard.press('c');
    const connect = page.getByRole('dialog', { name: 'Connect “Manual trigger”' });
    // The trigger's one free output is chosen; the new step, the only one with an input, is the target, and has focus.
    const targetList = connect.getByRole('combobox', { name: 'To the step' });
    await expect.poll(() => hasFocus(targetList), UI_SETTLE).toBe(true);
    expect(await targetList.inputValue()).toBe(await message.getAttribute('data-id'));
    expect(await connect.getByRole('combobox', { name: 'From the output' }).inputValue()).toBe('next');
    await screenshot(page, 'keyboard-connect-dialog-light.png');
    await tabTo(page, connect.getByRole('button', { name: 'Connect', exact: true }));
    await page.keyboard.press('Enter');
    await expect.poll(() => canvas(page).locator('.react-flow__edge').count(), UI_SETTLE).toBe(1);
    await expect.poll(() => indicatorText(page), UI_SETTLE).toBe('1 error, 0 warnings');
    // Focus is back on the trigger: Tab (or Shift+Tab, by where the step landed) goes to the new step.
    await expect.poll(() => hasFocus(trigger), UI_SETTLE).toBe(true);
    const [from, to] = await Promise.all([trigger.boundingBox(), message.boundingBox()]);
    const after = from !== null && to !== null && (to.x > from.x || (to.x === from.x && to.y > from.y));
    await page.keyboard.press(after ? 'Tab' : 'Shift+Tab');
    await expect.poll(() => hasFocus(message), UI_SETTLE).toBe(true);

    // Enter edits the step: its name field takes focus, and Tab leads on to the message.
    await page.keyboard.press('Enter');
    const messageBox = properties(page).getByRole('textbox', { name: 'Message' });
    await tabTo(page, messageBox);
    await page.keyboard.type(MESSAGE);
    await expect.poll(() => indicatorText(page), UI_SETTLE).toBe('No problems');

    await page.keyboard.press('Control+s');
    await expect.poll(() => hasUnsavedChanges(tabNamed(page, FLOW_NAME)), UI_SETTLE).toBe(false);
    await screenshot(page, 'keyboard-flow-saved-light.png');
    const created = (await listFlowFiles(workspace.root)).filter((path) => !before.includes(path));
    expect(created).toHaveLength(1);
    const saved = JSON.parse(await readFile(join(workspace.root, created[0]!), 'utf8')) as Flow;
    const step = saved.nodes.find((node) => node.type === 'sendMessage');
    expect(step?.config).toMatchObject({ text: MESSAGE });
    expect(saved.edges).toEqual([expect.objectContaining({ source: saved.nodes[0]?.id, sourcePort: 'next', target: step?.id })]);
  });

  test('a connection is moved to another step and deleted by keyboard, and Delete removes the focused step', async () => {
    const { page } = await openSession();
    await waitForEditor(page);
    await openFromLibrary(page, 'Out-of-hours message');
    const edge = canvas(page).locator('.react-flow__edge[data-id="assign-support.timeout"]');
    await nodeById(page, 'trigger').waitFor();
    await nodeById(page, 'trigger').focus();
    // Connections come before the steps in Tab order.
    await tabTo(page, edge, 'Shift+Tab');
    expect(await edge.getAttribute('aria-label')).toBe('Connection from “Assign to Customer Support” (Timeout) to “Team is busy”');

    await page.keyboard.press('c');
    const move = page.getByRole('dialog', { name: 'Move a connection of “Assign to Customer Support”' });
    await tabTo(page, move.getByRole('combobox', { name: 'To the step' }));
    // A closed list box picks the option whose text starts with what is typed.
    await page.keyboard.type('Introduce');
    await screenshot(page, 'keyboard-move-connection-light.png');
    await tabTo(page, move.getByRole('button', { name: 'Move', exact: true }));
    await page.keyboard.press('Enter');
    await expect.poll(() => edge.getAttribute('aria-label'), UI_SETTLE).toBe('Connection from “Assign to Customer Support” (Timeout) to “Introduce the agent”');

    await expect.poll(() => hasFocus(edge), UI_SETTLE).toBe(true);
    await page.keyboard.press('Enter');
    await properties(page).getByRole('button', { name: 'Move connection…' }).waitFor();
    await page.keyboard.press('Delete');
    await expect.poll(() => edge.count(), UI_SETTLE).toBe(0);
    await expect.poll(() => canvas(page).locator('.react-flow__edge').count(), UI_SETTLE).toBe(6);

    // Delete on a step that has focus but is not selected removes that step, not whatever is selected.
    await nodeById(page, 'agent-intro').click({ position: { x: 12, y: 8 } });
    await nodeById(page, 'team-busy').focus();
    await page.keyboard.press('Delete');
    await expect.poll(() => nodeById(page, 'team-busy').count(), UI_SETTLE).toBe(0);
    expect(await nodeById(page, 'agent-intro').count()).toBe(1);
  });

  test('Tab reaches every step of a flow wider than the view, and the view follows focus', async () => {
    const { page, workspace } = await openSession();
    const flow = longRow(12);
    await writeFile(join(workspace.root, 'long-row.flow.json'), serializeFlow(flow));
    await page.reload();
    await waitForEditor(page);
    await openFromLibrary(page, flow.name);
    const order = flow.nodes.map((node) => node.id);
    const trigger = nodeById(page, order[0]!);
    await trigger.focus();
    // At 100 % most of the row is outside the view, so most steps are not drawn at all; the zoom
    // would take the focused trigger out of the view too, and it is brought back with its focus.
    await page.keyboard.press('0');
    const drawn = () => canvas(page).locator('.react-flow__node').count();
    await expect.poll(drawn, UI_SETTLE).toBeLessThan(flow.nodes.length / 2);
    await expect.poll(() => focusedStep(page), UI_SETTLE).toBe(order[0]);
    await expect.poll(() => inView(page, trigger), UI_SETTLE).toBe(true);

    const walk = async (ids: string[], key: string) => {
      for (const id of ids) {
        await page.keyboard.press(key);
        await expect.poll(() => focusedStep(page), UI_SETTLE).toBe(id);
        await expect.poll(() => inView(page, nodeById(page, id)), UI_SETTLE).toBe(true);
      }
    };
    await walk(order.slice(1), 'Tab');
    await screenshot(page, 'keyboard-tab-far-step-light.png');
    // And back: Shift+Tab walks the row the other way, to the trigger, out of view by then.
    await walk(order.slice(0, -1).reverse(), 'Shift+Tab');
  });

  test('xyflow’s screen-reader texts speak Brazilian Portuguese: step and connection help, connection names, panels, moves', async () => {
    const { page } = await openSession({ locale: 'pt-BR' });
    await page.getByRole('navigation', { name: 'Biblioteca' }).getByRole('treeitem', { name: 'Out-of-hours message' }).click();
    const step = nodeById(page, 'business-hours');
    await step.waitFor();

    const describedBy = async (locator: Locator) => {
      const id = await locator.getAttribute('aria-describedby');
      return id === null ? null : page.locator(`[id="${id}"]`).textContent();
    };
    expect(await describedBy(step)).toMatch(/^Pressione Enter para editar este passo/);
    const edge = page.locator('.react-flow__edge[data-id="trigger.next"]');
    expect(await describedBy(edge)).toMatch(/^Pressione Enter ou Espaço para selecionar esta conexão/);
    expect(await edge.getAttribute('aria-label')).toMatch(/^Conexão de “Conversation opened” \(.+\) para “Within business hours\?”$/);
    expect(await page.locator('.react-flow__minimap title').textContent()).toBe('Mapa geral');

    // A step moved by arrow keys is announced in Portuguese too.
    await step.focus();
    await page.keyboard.press('Space');
    await page.keyboard.press('ArrowRight');
    await expect.poll(() => page.locator('[id^="react-flow__aria-live"]').textContent(), UI_SETTLE).toMatch(/^Passo movido para a direita\. Nova posição: x \d+, y -?\d+\.$/);
    expect(await page.content()).not.toMatch(/Press enter or space to select|Edge from |Moved selected node/);
    await screenshot(page, 'keyboard-pt-BR-light.png');
  });
});
