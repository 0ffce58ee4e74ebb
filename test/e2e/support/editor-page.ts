import { expect } from 'vitest';
import type { Locator, Page } from 'playwright-core';

/**
 * Finding things in the editor by what a user (or a screen reader) sees: the accessible names
 * the UI promises in its contract, and xyflow's own node and handle markup on the canvas.
 */

export const library = (page: Page): Locator => page.getByRole('navigation', { name: 'Library' });
export const palette = (page: Page): Locator => page.getByRole('complementary', { name: 'Palette' });
export const canvas = (page: Page): Locator => page.getByRole('main', { name: 'Canvas' });
export const properties = (page: Page): Locator => page.getByRole('complementary', { name: 'Properties' });
export const problems = (page: Page): Locator => page.getByRole('region', { name: 'Problems' });
export const openFlowTabs = (page: Page): Locator => page.getByRole('tablist', { name: 'Open flows' });

/** The top bar's error indicator: "No problems" or "<n> errors, <m> warnings". */
export const errorIndicator = (page: Page): Locator =>
  page.getByRole('banner').getByRole('button', { name: /^(No problems|\d+ errors?, \d+ warnings?)$/ });

/** A tab of an open flow, by the flow's name. */
export const tabNamed = (page: Page, name: string): Locator => openFlowTabs(page).getByRole('tab', { name, exact: true });

/** Whether a tab says its flow has unsaved changes (its accessible description). */
export async function hasUnsavedChanges(tab: Locator): Promise<boolean> {
  return (await tab.getAttribute('aria-description')) === 'unsaved changes';
}

/** What the error indicator says now ("No problems", "1 error, 1 warning", ...). */
export function indicatorText(page: Page): Promise<string | null> {
  return errorIndicator(page).getAttribute('aria-label');
}

/**
 * How long the UI may take to follow an action (validation, a host round trip, a file watcher):
 * a poll ends as soon as its condition holds, so the limit only ends a wait that would never
 * succeed, and is long enough for a loaded machine.
 */
export const UI_SETTLE = { timeout: 60_000, interval: 50 };

/** A canvas node by its id (xyflow's `data-id`); found on the whole page, whatever the language. */
export const nodeById = (page: Page, nodeId: string): Locator => page.locator(`.react-flow__node[data-id="${nodeId}"]`);

/** Canvas nodes showing `text` (their step name). */
export const nodesShowing = (page: Page, text: string): Locator => page.locator('.react-flow__node', { hasText: text });

/** One handle of a node: an output port by id, or the node's input when `portId` is omitted. */
export function handleOf(node: Locator, portId?: string): Locator {
  return portId === undefined ? node.locator('.react-flow__handle.target') : node.locator(`.react-flow__handle.source[data-handleid="${portId}"]`);
}

/** Waits until the editor has shown the workspace (its library lists at least one flow). */
export async function waitForEditor(page: Page): Promise<void> {
  await library(page).getByRole('treeitem').first().waitFor();
}

/**
 * Drags a connection from an output handle to an input handle with the mouse, in small steps as
 * a hand does: xyflow starts a connection on mousedown and finishes it on mouseup over a handle.
 */
export async function dragConnection(page: Page, from: Locator, to: Locator): Promise<void> {
  const start = await centreOf(from);
  const end = await centreOf(to);
  await page.mouse.move(start.x, start.y);
  await page.mouse.down();
  await page.mouse.move((start.x + end.x) / 2, (start.y + end.y) / 2, { steps: 5 });
  await page.mouse.move(end.x, end.y, { steps: 5 });
  await page.mouse.up();
}

/** The centre of an element in page coordinates, scrolled into view first. */
export async function centreOf(locator: Locator): Promise<{ x: number; y: number }> {
  await locator.scrollIntoViewIfNeeded();
  const box = await locator.boundingBox();
  if (box === null) throw new Error(`Not visible: ${String(locator)}`);
  return { x: box.x + box.width / 2, y: box.y + box.height / 2 };
}

/** Polls `probe` until it returns a value that passes `accept` (for things that happen on disk). */
export async function eventually<T>(probe: () => Promise<T>, accept: (value: T) => boolean, timeoutMs = 60_000): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  let last = await probe();
  while (!accept(last)) {
    if (Date.now() > deadline) {
      expect.fail(`Gave up waiting after ${timeoutMs} ms; last seen: ${JSON.stringify(last)}`);
    }
    await new Promise((resolve) => setTimeout(resolve, 100));
    last = await probe();
  }
  return last;
}

/** Creates a blank flow of the workspace's default profile with "New flow"; it opens in a tab. */
export async function createBlankFlow(page: Page, name: string): Promise<void> {
  await library(page).getByRole('button', { name: 'New flow' }).click();
  const dialog = page.getByRole('dialog', { name: 'New flow' });
  await dialog.getByRole('textbox', { name: 'Name' }).fill(name);
  await dialog.getByRole('button', { name: 'Create' }).click();
  await tabNamed(page, name).waitFor();
}

/** Opens a flow from the library by its name; it opens in a tab. */
export async function openFromLibrary(page: Page, name: string): Promise<void> {
  await library(page).getByRole('treeitem', { name, exact: true }).click();
  await tabNamed(page, name).waitFor();
}
