import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import type { Locator, Page } from 'playwright-core';
import { serializeFlow } from '../../shared/format/flow-file';
import type { Flow } from '../../shared/format/flow-schema';
import {
  canvas,
  centreOf,
  createBlankFlow,
  dragConnection,
  handleOf,
  hasUnsavedChanges,
  indicatorText,
  nodesShowing,
  palette,
  properties,
  tabNamed,
  UI_SETTLE,
  waitForEditor,
} from './support/editor-page';
import { useEditorSessions } from './support/editor-session';
import { listFlowFiles } from './support/temp-workspace';

const { openSession } = useEditorSessions();

const FLOW_NAME = 'Welcome message';
const MESSAGE = 'Welcome! How can we help?';

const messageBox = (page: Page) => properties(page).getByRole('textbox', { name: 'Message' });
const edges = (page: Page) => canvas(page).locator('.react-flow__edge');

/** Moves the pointer onto the connection that ends at the input handle `input`, just before the handle. */
async function pointAtConnectionEnd(page: Page, input: Locator): Promise<void> {
  const end = await centreOf(input);
  await page.mouse.move(end.x - 60, end.y - 60, { steps: 2 });
  await page.mouse.move(end.x - 14, end.y, { steps: 4 });
}

/** Presses the mouse on `grip` and moves it in small steps to `to`, where it lets go. */
async function dragFrom(page: Page, grip: Locator, to: { x: number; y: number }): Promise<void> {
  const box = await grip.boundingBox();
  if (box === null) throw new Error(`Not visible: ${String(grip)}`);
  await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2, { steps: 2 });
  await page.mouse.down();
  await page.mouse.move(to.x, to.y, { steps: 8 });
  await page.mouse.up();
}

/**
 * The editing story: a blank conversations flow (a manual trigger), a "Send a message"
 * step added from the palette, connected to the trigger and given its text.
 */
async function buildWelcomeFlow(page: Page): Promise<void> {
  await waitForEditor(page);
  await createBlankFlow(page, FLOW_NAME);
  await expect.poll(() => indicatorText(page), UI_SETTLE).toBe('No problems');

  await palette(page).getByRole('button', { name: 'Add Send a message' }).click();
  // Unconnected and without its text: the text is required, and nothing reaches the step.
  await expect.poll(() => indicatorText(page), UI_SETTLE).toBe('1 error, 1 warning');

  await dragConnection(page, handleOf(nodesShowing(page, 'Manual trigger'), 'next'), handleOf(nodesShowing(page, 'Send a message')));
  await expect.poll(() => edges(page).count(), UI_SETTLE).toBe(1);
  await expect.poll(() => indicatorText(page), UI_SETTLE).toBe('1 error, 0 warnings');

  // Near its top-left corner: a step added below the trigger can sit partly under the minimap.
  await nodesShowing(page, 'Send a message').click({ position: { x: 12, y: 8 } });
  // Typed key by key, as a person does: the burst is one undo step.
  await messageBox(page).pressSequentially(MESSAGE);
  await expect.poll(() => indicatorText(page), UI_SETTLE).toBe('No problems');
}

/** Whether a step is drawn wholly inside the canvas and clear of the overview map in its corner. */
async function placement(page: Page, step: Locator): Promise<string> {
  const [box, pane, map] = await Promise.all([step.boundingBox(), canvas(page).locator('.react-flow').boundingBox(), canvas(page).locator('.react-flow__minimap').boundingBox()]);
  if (box === null || pane === null) return 'not drawn';
  if (box.x < pane.x || box.y < pane.y || box.x + box.width > pane.x + pane.width || box.y + box.height > pane.y + pane.height) return 'outside the canvas';
  const underMap = map !== null && box.x + box.width > map.x && box.y + box.height > map.y && box.x < map.x + map.width && box.y < map.y + map.height;
  return underMap ? 'under the map' : 'in view';
}

describe('editing a flow on the canvas', () => {
  test('a flow built from the palette reaches "No problems" once its steps are connected and configured', async () => {
    const { page } = await openSession();

    await buildWelcomeFlow(page);

    await expect.poll(() => nodesShowing(page, MESSAGE).count(), UI_SETTLE).toBe(1);
    expect(await hasUnsavedChanges(tabNamed(page, FLOW_NAME))).toBe(true);
  });

  test('undo takes back one edit at a time (a burst of typing is one) and redo brings each back', async () => {
    const { page } = await openSession();
    await buildWelcomeFlow(page);
    const undo = page.getByRole('button', { name: 'Undo' });
    const redo = page.getByRole('button', { name: 'Redo' });

    await undo.click();
    await expect.poll(() => indicatorText(page), UI_SETTLE).toBe('1 error, 0 warnings');
    await expect.poll(() => messageBox(page).inputValue(), UI_SETTLE).toBe('');
    await undo.click();
    await expect.poll(() => edges(page).count(), UI_SETTLE).toBe(0);
    await expect.poll(() => indicatorText(page), UI_SETTLE).toBe('1 error, 1 warning');

    await redo.click();
    await expect.poll(() => edges(page).count(), UI_SETTLE).toBe(1);
    await redo.click();
    await expect.poll(() => indicatorText(page), UI_SETTLE).toBe('No problems');
    await expect.poll(() => nodesShowing(page, MESSAGE).count(), UI_SETTLE).toBe(1);
    expect(await redo.isDisabled()).toBe(true);
  });

  test('a connection dragged by its end moves to another step, and is deleted when dropped on empty canvas', async () => {
    const { page } = await openSession();
    await buildWelcomeFlow(page);
    // Nothing selected, so the new step is not connected after the message.
    await canvas(page).locator('.react-flow__pane').click({ position: { x: 20, y: 20 } });
    await palette(page).getByRole('button', { name: 'Add Send a message' }).click();
    const first = nodesShowing(page, MESSAGE);
    const second = nodesShowing(page, 'Send a message').filter({ hasNotText: MESSAGE });
    await expect.poll(() => second.count(), UI_SETTLE).toBe(1);
    // Connections are named by their steps' names, so the second message gets a name of its own.
    await properties(page).getByRole('textbox', { name: 'Step name' }).fill('Second message');
    // The whole flow in view, clear of the minimap in the corner.
    await page.getByRole('button', { name: 'Fit view' }).click();
    const grabCircles = canvas(page).locator('.react-flow__edgeupdater');
    // Grab circles are drawn only on a connection that is pointed at or selected.
    expect(await grabCircles.count()).toBe(0);

    await pointAtConnectionEnd(page, handleOf(first));
    await expect.poll(() => grabCircles.count(), UI_SETTLE).toBe(2);
    await dragFrom(page, canvas(page).locator('.react-flow__edgeupdater-target'), await centreOf(handleOf(second)));
    await expect.poll(() => edges(page).first().getAttribute('aria-label'), UI_SETTLE).toMatch(/to “Second message”$/);
    expect(await edges(page).count()).toBe(1);

    await pointAtConnectionEnd(page, handleOf(second));
    await expect.poll(() => grabCircles.count(), UI_SETTLE).toBe(2);
    const pane = await canvas(page).locator('.react-flow__pane').boundingBox();
    await dragFrom(page, canvas(page).locator('.react-flow__edgeupdater-target'), { x: pane!.x + pane!.width - 60, y: pane!.y + pane!.height - 60 });
    await expect.poll(() => edges(page).count(), UI_SETTLE).toBe(0);
  });

  test('each step added from the palette is brought into view, clear of the overview map', async () => {
    const { page } = await openSession();
    await waitForEditor(page);
    await createBlankFlow(page, 'Routing');

    // The first lands below the trigger, the second to the right of the first: past the
    // canvas's edge and under the map where the view opened.
    for (const step of ['Branch', 'Send a message']) {
      await palette(page).getByRole('button', { name: `Add ${step}` }).click();
      await expect.poll(() => placement(page, nodesShowing(page, step).first()), UI_SETTLE).toBe('in view');
    }
  });

  test('saving writes the edits to the flow file as canonical JSON', async () => {
    const { page, workspace } = await openSession();
    const before = await listFlowFiles(workspace.root);
    await buildWelcomeFlow(page);
    const created = (await listFlowFiles(workspace.root)).filter((path) => !before.includes(path));
    expect(created).toHaveLength(1);

    await page.getByRole('button', { name: 'Save', exact: true }).click();
    await expect.poll(() => hasUnsavedChanges(tabNamed(page, FLOW_NAME)), UI_SETTLE).toBe(false);

    const text = await readFile(join(workspace.root, created[0]!), 'utf8');
    const saved = JSON.parse(text) as Flow;
    // Canonical: stable key order, two-space indent, trailing newline, so it reads back identically.
    expect(text).toBe(serializeFlow(saved));
    expect(text.endsWith('}\n')).toBe(true);
    expect(saved.name).toBe(FLOW_NAME);
    const step = saved.nodes.find((node) => node.type === 'sendMessage');
    expect(step?.config).toMatchObject({ text: MESSAGE });
    const trigger = saved.nodes.find((node) => node.type === 'manual');
    expect(saved.edges).toEqual([expect.objectContaining({ source: trigger?.id, sourcePort: 'next', target: step?.id })]);
  });
});
