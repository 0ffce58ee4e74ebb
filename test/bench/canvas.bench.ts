// `npm run bench:canvas`: the editor's canvas in headless Chromium, side by side with the floor
// (bare @xyflow/react drawing the same graph with onlyRenderVisibleElements).
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium } from 'playwright-core';
import type { Browser, Page } from 'playwright-core';
import { startBrowserHost } from '../../node/browser-host/browser-host';
import { serializeFlow } from '../../shared/format/flow-file';
import { generateFlow } from './generate-flow';
import { heapAfterGc, LIBRARY_ITEM_POINT, median, panSteps, waitForDrawnCanvas } from './canvas/measure-canvas';
import type { CanvasFigures } from './canvas/measure-canvas';
import { serveStatic } from './canvas/static-server';

const SIZES = process.env.BENCH_SIZES ? process.env.BENCH_SIZES.split(',').map(Number) : [100, 1_000, 5_000];
const RUNS = 3;
const CHROMIUM_ARGS = ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run', '--disable-quic'];
const ROOT = new URL('../..', import.meta.url).pathname;

/**
 * Opens a page and measures it. `open` does what "opening the file" means on that page and
 * returns the page clock it started at: navigation start for the floor, the click on the
 * flow in the library for the editor (the app itself is already loaded, as for a person).
 */
async function measure(browser: Browser, url: string, open: (page: Page) => Promise<number>): Promise<CanvasFigures> {
  const context = await browser.newContext({ viewport: { width: 1440, height: 900 } });
  const page = await context.newPage();
  await page.goto(url);
  const start = await open(page);
  const readyMs = (await waitForDrawnCanvas(page)) - start;
  const steps = await panSteps(page);
  const heapBytes = await heapAfterGc(page);
  await context.close();
  return { readyMs, panSteps: steps, heapBytes };
}

function summarise(runs: CanvasFigures[]) {
  return {
    ready: median(runs.map((run) => run.readyMs)),
    pan: median(runs.map((run) => median(run.panSteps))),
    worstPan: Math.max(...runs.map((run) => Math.max(...run.panSteps))),
    heapMb: median(runs.map((run) => run.heapBytes)) / 1024 / 1024,
  };
}

const workspace = mkdtempSync(join(tmpdir(), 'flowpack-canvas-bench-'));
for (const size of SIZES) writeFileSync(join(workspace, `generated-${size}.flow.json`), serializeFlow(generateFlow(size)));
const floorServer = await serveStatic({ app: join(ROOT, 'out/bench-floor'), files: workspace });
const host = await startBrowserHost({
  workspace,
  port: 0,
  rendererDir: join(ROOT, 'out/renderer'),
  appDataDir: mkdtempSync(join(tmpdir(), 'flowpack-canvas-bench-data-')),
  version: 'bench',
});
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: CHROMIUM_ARGS });

const fromNavigation = async () => 0;
const fromLibraryClick = (name: string) => async (page: Page) => {
  const item = (await page.evaluate(`(${LIBRARY_ITEM_POINT})(${JSON.stringify(name)})`)) as { x: number; y: number };
  const start = (await page.evaluate('performance.now()')) as number;
  await page.mouse.dblclick(item.x, item.y);
  return start;
};

try {
  console.log(`Chromium ${browser.version()}, viewport 1440x900; medians of ${RUNS} runs\n`);
  console.log('| nodes | page | ready (ms) | pan step median (ms) | worst pan step (ms) | heap after GC (MB) | ready / floor | pan / floor | heap / floor |');
  console.log('|---:|---|---:|---:|---:|---:|---:|---:|---:|');
  for (const size of SIZES) {
    const floor: CanvasFigures[] = [];
    const editor: CanvasFigures[] = [];
    for (let run = 0; run < RUNS; run++) {
      floor.push(await measure(browser, `${floorServer.origin}/app/?flow=/files/generated-${size}.flow.json`, fromNavigation));
      editor.push(await measure(browser, host.url, fromLibraryClick(`Generated ${size}`)));
    }
    const f = summarise(floor);
    const e = summarise(editor);
    const row = (name: string, x: ReturnType<typeof summarise>, ratios: string) =>
      console.log(`| ${size} | ${name} | ${x.ready.toFixed(0)} | ${x.pan.toFixed(1)} | ${x.worstPan.toFixed(1)} | ${x.heapMb.toFixed(2)} | ${ratios} |`);
    row('floor', f, '— | — | —');
    row('editor', e, `${(e.ready / f.ready).toFixed(2)}× | ${(e.pan / f.pan).toFixed(2)}× | ${(e.heapMb / f.heapMb).toFixed(2)}×`);
  }
} finally {
  await browser.close();
  await host.close();
  await floorServer.close();
}
