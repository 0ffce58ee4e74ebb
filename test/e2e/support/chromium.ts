import { existsSync } from 'node:fs';
import { chromium } from 'playwright-core';
import type { Browser } from 'playwright-core';

/**
 * Debian's Chromium (package `chromium`, installed by `.ci/run`). playwright-core ships no
 * browser of its own; CHROMIUM_PATH points elsewhere on machines that keep it elsewhere.
 */
export const CHROMIUM_PATH = process.env['CHROMIUM_PATH'] ?? '/usr/bin/chromium';

/**
 * Flags for a headless run in a container: no sandbox (CI runs as root), no GPU, and nothing that
 * reaches the network on its own, so a test only ever talks to the host it started.
 */
export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--disable-quic',
];

/** Why the end-to-end tests cannot run here, or undefined when the browser is present. */
export function missingChromiumReason(): string | undefined {
  if (existsSync(CHROMIUM_PATH)) return undefined;
  return `Chromium not found at ${CHROMIUM_PATH}: run .ci/run, or \`apt-get install chromium\` as root, or set CHROMIUM_PATH.`;
}

/** Starts a headless Chromium for one test file. */
export function launchChromium(): Promise<Browser> {
  return chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS, headless: true });
}
