// `npm run bench:canvas`: the editor's canvas in headless Chromium, side by side with the floor
// (bare @xyflow/react drawing the same graph with onlyRenderVisibleElements).
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium } from 'playwright-core';
import type { Browser } from 'playwright-core';
import { serializeFlow } from '../../shared/format/flow-file';
import { generateFlow } from './generate-flow';
import { heapAfterGc, median, panSteps, waitForDrawnCanvas } from './canvas/measure-canvas';
import type { CanvasFigures } from './canvas/measure-canvas';
import { serveStatic } from './canvas/static-server';

const SIZES = [100, 1_000, 5_000];
const RUNS = 3;
const CHROMIUM_ARGS = ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run', '--disable-quic'];
const ROOT = new URL('../..', import.meta.url).pathname;

async function measure(browser: Browser, url: string): Promise<CanvasFigures> {
  const context = await browser.newContext({ viewport: { width: 1440, height: 900 } });
  const page = await context.newPage();
  await page.goto(url);
  const readyMs = await waitForDrawnCanvas(page);
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
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: CHROMIUM_ARGS });
try {
  console.log(`Chromium ${browser.version()}, viewport 1440x900; medians of ${RUNS} runs\n`);
  console.log('| nodes | page | ready (ms) | pan step median (ms) | worst pan step (ms) | heap after GC (MB) |');
  console.log('|---:|---|---:|---:|---:|---:|');
  for (const size of SIZES) {
    const floor: CanvasFigures[] = [];
    for (let run = 0; run < RUNS; run++) floor.push(await measure(browser, `${floorServer.origin}/app/?flow=/files/generated-${size}.flow.json`));
    const f = summarise(floor);
    console.log(`| ${size} | floor | ${f.ready.toFixed(0)} | ${f.pan.toFixed(1)} | ${f.worstPan.toFixed(1)} | ${f.heapMb.toFixed(1)} |`);
  }
} finally {
  await browser.close();
  await floorServer.close();
}
