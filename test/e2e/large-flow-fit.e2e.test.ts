import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import type { Page } from 'playwright-core';
import { serializeFlow } from '../../shared/format/flow-file';
import { generateFlow } from '../bench/generate-flow';
import { canvas, openFromLibrary, UI_SETTLE, waitForEditor } from './support/editor-page';
import { useEditorSessions } from './support/editor-session';
import { TEST_RESULTS_DIR } from './support/paths';

const { openSession } = useEditorSessions();

/** Auto layout of a thousand steps runs for seconds on a loaded machine; the hang guard, not a time limit. */
const LAYOUT_SETTLE = { timeout: 240_000, interval: 200 };

interface Framing {
  drawn: number;
  outside: number;
  /** Width over height of the drawn steps' bounds: a single row thousands of steps long has a huge ratio. */
  shape: number;
}

/** How many steps the canvas draws, how many of them reach outside its pane, and the shape they make. */
function framing(page: Page): Promise<Framing> {
  return canvas(page)
    .locator('.react-flow')
    .evaluate((pane) => {
      const box = pane.getBoundingClientRect();
      const nodes = [...pane.querySelectorAll('.react-flow__node')].map((node) => node.getBoundingClientRect());
      const outside = nodes.filter((r) => r.left < box.left - 0.5 || r.top < box.top - 0.5 || r.right > box.right + 0.5 || r.bottom > box.bottom + 0.5).length;
      const width = Math.max(...nodes.map((r) => r.right)) - Math.min(...nodes.map((r) => r.left));
      const height = Math.max(...nodes.map((r) => r.bottom)) - Math.min(...nodes.map((r) => r.top));
      return { drawn: nodes.length, outside, shape: width / height };
    });
}

const controlButton = (page: Page, name: string) => canvas(page).getByRole('button', { name, exact: true });

/** Waits until every one of `size` steps is drawn inside the canvas: only steps in view are drawn, so all drawn means all in view. */
async function expectWholeFlowInView(page: Page, size: number): Promise<void> {
  await expect.poll(async () => framing(page).then(({ drawn, outside }) => ({ drawn, outside })), LAYOUT_SETTLE).toEqual({ drawn: size, outside: 0 });
}

/** A session whose workspace holds a generated flow of `size` steps, open on the canvas. */
async function openGeneratedFlow(size: number): Promise<{ page: Page; flow: ReturnType<typeof generateFlow> }> {
  const { page, workspace } = await openSession();
  const flow = generateFlow(size);
  await writeFile(join(workspace.root, `generated-${size}.flow.json`), serializeFlow(flow));
  await page.reload();
  await waitForEditor(page);
  await openFromLibrary(page, flow.name);
  return { page, flow };
}

describe('a large flow never gets lost on the canvas', () => {
  test.each([100, 1000])('after auto layout of %i steps, the view is fitted and every step lies inside it; Fit view brings it back', async (size) => {
    const { page } = await openGeneratedFlow(size);

    await controlButton(page, 'Auto layout').click();
    await expectWholeFlowInView(page, size);
    await expect.poll(() => canvas(page).getByRole('status').count(), UI_SETTLE).toBe(0);
    // Readable on a screen: wrapped into rows, not one row thousands of steps long.
    expect((await framing(page)).shape).toBeLessThan(4);

    if (size === 1000) {
      await mkdir(join(TEST_RESULTS_DIR, 'screenshots'), { recursive: true });
      await page.screenshot({ path: join(TEST_RESULTS_DIR, 'screenshots', `large-flow-fitted-${size}.png`) });
    }

    // At 100% most steps are off screen and never drawn; Fit view still frames them all.
    await controlButton(page, 'Zoom to 100%').click();
    await expect.poll(async () => (await framing(page)).drawn, UI_SETTLE).toBeLessThan(size);
    await controlButton(page, 'Fit view').click();
    await expectWholeFlowInView(page, size);

    // The shortcut does the same.
    await controlButton(page, 'Zoom to 100%').click();
    await expect.poll(async () => (await framing(page)).drawn, UI_SETTLE).toBeLessThan(size);
    await canvas(page).locator('.react-flow__pane').click({ position: { x: 5, y: 5 } });
    await page.keyboard.press('Shift+Digit1');
    await expectWholeFlowInView(page, size);
  });

  test('a long auto layout shows that it is running and can be cancelled, leaving the flow as it was', async () => {
    const { page } = await openGeneratedFlow(1000);
    const undo = page.getByRole('button', { name: 'Undo' });
    await expect.poll(() => undo.isDisabled(), UI_SETTLE).toBe(true);

    await controlButton(page, 'Auto layout').click();
    const running = canvas(page).getByRole('status');
    await expect.poll(() => running.textContent(), UI_SETTLE).toContain('Arranging 1,000 steps');
    await running.getByRole('button', { name: 'Cancel' }).click();
    await expect.poll(() => running.count(), UI_SETTLE).toBe(0);
    // Nothing moved: there is no layout to undo, and a new layout can start.
    expect(await undo.isDisabled()).toBe(true);
    await controlButton(page, 'Auto layout').click();
    await expectWholeFlowInView(page, 1000);
  });

  test('panning across a large flow draws every connection of the steps in view, also those leading out of it', async () => {
    const { page, flow } = await openGeneratedFlow(1000);
    await controlButton(page, 'Zoom to 100%').click();

    const pane = canvas(page).locator('.react-flow__pane');
    const box = (await pane.boundingBox())!;
    // The generated steps run from left to right: each drag brings steps the canvas has never drawn into view.
    for (let pan = 0; pan < 6; pan++) {
      await page.mouse.move(box.x + box.width * 0.9, box.y + box.height * 0.9);
      await page.mouse.down();
      await page.mouse.move(box.x + box.width * 0.1, box.y + box.height * 0.9, { steps: 6 });
      await page.mouse.up();
      await expect
        .poll(
          () =>
            canvas(page)
              .locator('.react-flow')
              .evaluate((root, edges) => {
                const drawn = new Set([...root.querySelectorAll('.react-flow__node')].map((node) => node.getAttribute('data-id')));
                const lines = new Set([...root.querySelectorAll('.react-flow__edge')].map((edge) => edge.getAttribute('data-id')));
                return edges.filter((edge) => (drawn.has(edge.source) || drawn.has(edge.target)) && !lines.has(edge.id)).map((edge) => edge.id);
              }, flow.edges),
          UI_SETTLE,
        )
        .toEqual([]);
    }
  });
});
