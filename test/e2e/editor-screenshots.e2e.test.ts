import { mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import type { Page } from 'playwright-core';
import { canvas, indicatorText, nodeById, openFromLibrary, palette, properties, UI_SETTLE, waitForEditor } from './support/editor-page';
import { useEditorSessions } from './support/editor-session';
import { TEST_RESULTS_DIR } from './support/paths';

const { openSession } = useEditorSessions();

/** Kept after every run (git-ignored) so people can look at the editor as users see it. */
const SCREENSHOTS_DIR = join(TEST_RESULTS_DIR, 'screenshots');

/** The relative luminance (0 black .. 1 white) of a CSS `rgb()`/`rgba()` colour. */
function luminance(cssColour: string): number {
  const [r = 0, g = 0, b = 0] = (cssColour.match(/[\d.]+/g) ?? []).map(Number).map((channel) => {
    const c = channel / 255;
    return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  });
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}

const pageBackground = (page: Page) => page.evaluate<string>('getComputedStyle(document.body).backgroundColor');

/** The canvas zoom, read from xyflow's viewport transform (`translate(...) scale(z)`). */
async function canvasZoom(page: Page): Promise<number> {
  const transform = await page.evaluate<string>(`document.querySelector('.react-flow__viewport').style.transform`);
  return Number(/scale\(([\d.]+)\)/.exec(transform)?.[1] ?? NaN);
}

/**
 * An example flow as it opens (nothing selected: the canvas has the width), then with a step
 * selected (its properties showing), then the same with a problem.
 */
async function shootEditor(page: Page, scheme: 'light' | 'dark'): Promise<void> {
  await waitForEditor(page);
  await openFromLibrary(page, 'Out-of-hours message');
  await nodeById(page, 'assign-support').waitFor();
  await page.screenshot({ path: join(SCREENSHOTS_DIR, `editor-opened-${scheme}.png`) });
  await nodeById(page, 'assign-support').click({ position: { x: 12, y: 8 } });
  await properties(page).getByRole('textbox', { name: 'Step name' }).waitFor();
  await page.screenshot({ path: join(SCREENSHOTS_DIR, `editor-${scheme}.png`) });

  // A new step without its required text: the indicator, outline and Problems panel show it.
  await palette(page).getByRole('button', { name: 'Add Send a message' }).click();
  await expect.poll(() => indicatorText(page), UI_SETTLE).toMatch(/^[1-9]\d* errors?/);
  await page.screenshot({ path: join(SCREENSHOTS_DIR, `editor-problems-${scheme}.png`) });
}

/** How many of the canvas's drawn steps reach outside its pane. */
function stepsOutsideCanvas(page: Page): Promise<number> {
  return canvas(page)
    .locator('.react-flow')
    .evaluate((pane) => {
      const box = pane.getBoundingClientRect();
      const nodes = [...pane.querySelectorAll('.react-flow__node')].map((node) => node.getBoundingClientRect());
      return nodes.filter((r) => r.left < box.left - 0.5 || r.top < box.top - 0.5 || r.right > box.right + 0.5 || r.bottom > box.bottom + 0.5).length;
    });
}

describe('a flow opens with every step in sight', () => {
  test('an example wider than the canvas opens fitted, below 100% and with every step on screen, with the whole canvas width', async () => {
    const { page } = await openSession({ colorScheme: 'light' });
    await waitForEditor(page);
    await openFromLibrary(page, 'Out-of-hours message');
    await nodeById(page, 'assign-support').waitFor();

    expect(await canvasZoom(page)).toBeLessThan(1);
    expect(await stepsOutsideCanvas(page)).toBe(0);
    const canvasWidth = (await canvas(page).boundingBox())?.width ?? 0;
    const propertiesWidth = (await properties(page).boundingBox())?.width ?? 0;
    expect(propertiesWidth).toBe(0);
    expect(canvasWidth).toBeGreaterThan(900);
  });
});

describe('the editor follows the system’s light or dark theme', () => {
  test('with a light system theme the editor is light (screenshots kept in test-results/screenshots)', async () => {
    await mkdir(SCREENSHOTS_DIR, { recursive: true });
    const { page } = await openSession({ colorScheme: 'light' });

    await shootEditor(page, 'light');

    expect(luminance(await pageBackground(page))).toBeGreaterThan(0.6);
  });

  test('with a dark system theme the editor is dark (screenshots kept in test-results/screenshots)', async () => {
    await mkdir(SCREENSHOTS_DIR, { recursive: true });
    const { page } = await openSession({ colorScheme: 'dark' });

    await shootEditor(page, 'dark');

    expect(luminance(await pageBackground(page))).toBeLessThan(0.1);
  });
});
