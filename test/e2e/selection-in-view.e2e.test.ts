import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import type { Page } from 'playwright-core';
import { serializeFlow } from '../../shared/format/flow-file';
import type { Flow } from '../../shared/format/flow-schema';
import { generateFlow } from '../bench/generate-flow';
import { canvas, nodeById, openFromLibrary, properties, UI_SETTLE, waitForEditor } from './support/editor-page';
import { useEditorSessions } from './support/editor-session';
import { TEST_RESULTS_DIR } from './support/paths';

const { openSession } = useEditorSessions();

/** Ten rows of ten steps, far apart: about 3,200 by 2,000 px, so it does not fit at 100% on a laptop screen. */
function gridFlow(): Flow {
  const flow = generateFlow(100);
  return { ...flow, name: 'Grid of 100', nodes: flow.nodes.map((node, i) => ({ ...node, position: { x: (i % 10) * 320, y: Math.floor(i / 10) * 200 } })) };
}

interface Placement {
  drawn: number;
  /** Drawn steps reaching outside the canvas pane. */
  outside: number;
  /** Whether the selected step lies whole inside the pane, clear of the drawer and the overview map. */
  selectedClear: boolean | null;
}

interface Box {
  left: number;
  top: number;
  right: number;
  bottom: number;
}

function placement(page: Page): Promise<Placement> {
  return canvas(page)
    .locator('.react-flow')
    .evaluate((flowPane) => {
      const page = flowPane.ownerDocument;
      const pane = flowPane.getBoundingClientRect();
      const nodes = [...flowPane.querySelectorAll('.react-flow__node')].map((node) => node.getBoundingClientRect());
      const inside = (r: Box) => r.left >= pane.left - 0.5 && r.top >= pane.top - 0.5 && r.right <= pane.right + 0.5 && r.bottom <= pane.bottom + 0.5;
      const overlaps = (a: Box, b: Box | undefined) => b !== undefined && a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom;
      const selected = flowPane.querySelector('.react-flow__node.selected')?.getBoundingClientRect();
      const drawer = page.querySelector('aside.fp-properties')?.getBoundingClientRect();
      const map = flowPane.querySelector('.react-flow__minimap')?.getBoundingClientRect();
      return {
        drawn: nodes.length,
        outside: nodes.filter((r) => !inside(r)).length,
        selectedClear: selected ? inside(selected) && !overlaps(selected, drawer) && !overlaps(selected, map) : null,
      };
    });
}

describe('a flow larger than the screen', () => {
  test('opens fitted, and selecting steps at its far right and bottom with the drawer open never leaves them covered', async () => {
    const { page, workspace } = await openSession();
    await writeFile(join(workspace.root, 'grid-of-100.flow.json'), serializeFlow(gridFlow()));
    await page.reload();
    await waitForEditor(page);
    await openFromLibrary(page, 'Grid of 100');
    // Fitted on opening: every step drawn, none reaching outside the canvas.
    await expect.poll(async () => (await placement(page)).drawn, UI_SETTLE).toBe(100);
    expect((await placement(page)).outside).toBe(0);
    await mkdir(join(TEST_RESULTS_DIR, 'screenshots'), { recursive: true });
    await page.screenshot({ path: join(TEST_RESULTS_DIR, 'screenshots', 'grid-100-fitted.png') });

    const selectClear = async (id: string, shot: string) => {
      await nodeById(page, id).click();
      await properties(page).getByRole('textbox', { name: 'Step name' }).waitFor();
      await expect.poll(async () => (await placement(page)).selectedClear, UI_SETTLE).toBe(true);
      expect(await nodeById(page, id).getAttribute('class')).toContain('selected');
      await page.screenshot({ path: join(TEST_RESULTS_DIR, 'screenshots', `${shot}.png`) });
    };
    // The bottom-right corner: the drawer unfolds over the canvas's right side and the overview map sits in that corner.
    await selectClear('n99', 'grid-100-bottom-right-selected');
    // The top-right, with the drawer already open.
    await selectClear('n9', 'grid-100-top-right-selected');
    // Fitted again with the drawer open, the far corners once more.
    await canvas(page).getByRole('button', { name: 'Fit view', exact: true }).click();
    await expect.poll(async () => (await placement(page)).drawn, UI_SETTLE).toBe(100);
    await selectClear('n90', 'grid-100-bottom-left-selected');
    await selectClear('n99', 'grid-100-bottom-right-again-selected');
    expect(await canvas(page).locator('.react-flow__node.selected').count()).toBe(1);
  });
});
