import type { Page } from 'playwright-core';

export interface CanvasFigures {
  /** From navigation start to every node in the viewport drawn, ms. */
  readyMs: number;
  /** Wall time of each pan step (mouse move until the next frame is painted), ms. */
  panSteps: number[];
  /** JS heap in use after a forced garbage collection, bytes. */
  heapBytes: number;
}

/**
 * Waits until the canvas has drawn every node it is going to draw in the viewport: at least
 * one node, none still hidden for measurement (xyflow hides a node until it knows its size),
 * and the count unchanged over two frames. Returns the page's clock at that moment.
 */
// Page scripts are strings: functions compiled by tsx carry a `__name` helper the page lacks.
const WAIT_FOR_DRAWN = `async (timeout) => {
  const deadline = performance.now() + timeout;
  let previous = -1;
  for (;;) {
    const at = await new Promise((resolve) => requestAnimationFrame(() => resolve(performance.now())));
    const nodes = document.querySelectorAll('.react-flow__node');
    const hidden = [...nodes].some((node) => node.style.visibility === 'hidden');
    if (nodes.length > 0 && !hidden && nodes.length === previous) return at;
    previous = hidden ? -1 : nodes.length;
    if (at > deadline) throw new Error('the canvas was not drawn in time');
  }
}`;
const NEXT_PAINT = `new Promise((resolve) => requestAnimationFrame(resolve))`;

const EMPTY_PANE_POINT = `(box) => {
  for (let fy = 0.95; fy > 0.05; fy -= 0.05) {
    for (let fx = 0.5; fx < 0.95; fx += 0.05) {
      const x = box.x + box.width * fx;
      const y = box.y + box.height * fy;
      const hit = document.elementFromPoint(x, y);
      if (hit && hit.classList.contains('react-flow__pane')) return { x, y };
    }
  }
  return null;
}`;

/**
 * Where to double-click the library's entry of the flow named `name` (a tree item is named by
 * its flow), once listed. A plain DOM query rather
 * than a role locator: Playwright's accessibility engine would otherwise run in the editor's
 * page only, and what it compiles and caches (about 0.07 MB) would count as the editor's heap.
 */
export const LIBRARY_ITEM_POINT = `(name) => new Promise((resolve) => {
  const look = () => {
    const item = [...document.querySelectorAll('[role="treeitem"]')].find((candidate) => candidate.getAttribute('aria-label') === name);
    if (!item) return requestAnimationFrame(look);
    const box = item.getBoundingClientRect();
    resolve({ x: box.x + Math.min(box.width / 2, 60), y: box.y + Math.min(box.height / 2, 10) });
  };
  look();
})`;

export async function waitForDrawnCanvas(page: Page, timeoutMs = 60_000): Promise<number> {
  return page.evaluate(`(${WAIT_FOR_DRAWN})(${timeoutMs})`);
}

/** Drags the empty pane by 60 steps of 8 px and times each step until the next frame. */
export async function panSteps(page: Page, steps = 60): Promise<number[]> {
  const pane = await page.locator('.react-flow__pane').first().boundingBox();
  if (!pane) throw new Error('no canvas pane');
  // Start on empty pane, not on a step: dragging a step would edit the flow instead of panning.
  const start = (await page.evaluate(`(${EMPTY_PANE_POINT})(${JSON.stringify(pane)})`)) as { x: number; y: number } | null;
  if (!start) throw new Error('no empty spot on the canvas to pan from');
  const { x, y } = start;
  await page.mouse.move(x, y);
  await page.mouse.down();
  const times: number[] = [];
  for (let i = 1; i <= steps; i++) {
    const start = performance.now();
    await page.mouse.move(x - i * 8, y - (i % 2) * 4);
    await page.evaluate(NEXT_PAINT);
    times.push(performance.now() - start);
  }
  await page.mouse.up();
  return times;
}

export async function heapAfterGc(page: Page): Promise<number> {
  const session = await page.context().newCDPSession(page);
  await session.send('HeapProfiler.collectGarbage');
  const { usedSize } = await session.send('Runtime.getHeapUsage');
  await session.detach();
  return usedSize;
}

export function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}
