import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { locateElectronBinary, missingDisplay, obtainElectronBinary } from '../../scripts/electron-binary';
import { planStart } from '../../scripts/start-app';
import type { StartSituation } from '../../scripts/start-app';
import { HANG_GUARD_MS } from '../hang-guard';
import { parseStartArguments } from '../../scripts/start-arguments';

const projectRoot = resolve('/repo');
const binary = { ok: true as const, executable: '/repo/node_modules/electron/dist/electron' };
const situation = (overrides: Partial<StartSituation> = {}): StartSituation => ({
  projectRoot,
  binary,
  noDisplay: undefined,
  argv: [],
  lastWorkspace: undefined,
  ...overrides,
});

describe('npm start with the Electron binary', () => {
  it('launches the desktop app on the project, passing a workspace only when one was given', () => {
    expect(planStart(situation())).toEqual({ kind: 'desktop', command: binary.executable, args: ['.'] });
    expect(planStart(situation({ argv: ['--workspace', 'flows', '--lang', 'es'] }))).toEqual({
      kind: 'desktop',
      command: binary.executable,
      args: ['.', '--workspace', resolve('flows'), '--lang', 'es'],
    });
  });
});

describe('npm start without it', () => {
  it('says why in one line and serves the given workspace with the browser host', () => {
    const plan = planStart(situation({ binary: { ok: false, reason: 'the download failed: fetch failed' }, argv: ['--workspace=flows', '--port', '8080'] }));
    expect(plan.kind).toBe('browser');
    if (plan.kind !== 'browser') return;
    expect(plan.notice).toBe('Flowpack Studio: the Electron binary could not be obtained (the download failed: fetch failed); starting the browser host instead.');
    expect(plan.notice).not.toContain('\n');
    expect(plan.command).toBe(process.execPath);
    expect(plan.args).toEqual(['--import', 'tsx', join(projectRoot, 'node', 'browser-host', 'serve.ts'), '--workspace', resolve('flows'), '--port', '8080']);
  });

  it('serves the desktop app\'s last workspace, or the examples when there is none', () => {
    const missing = { ok: false as const, reason: 'it was never downloaded' };
    const workspaceOf = (plan: ReturnType<typeof planStart>) => plan.args[plan.args.indexOf('--workspace') + 1];
    expect(workspaceOf(planStart(situation({ binary: missing, lastWorkspace: '/home/ana/flows' })))).toBe('/home/ana/flows');
    expect(workspaceOf(planStart(situation({ binary: missing })))).toBe(join(projectRoot, 'examples'));
  });

  it('falls back as well where the binary exists but no window can open', () => {
    const plan = planStart(situation({ noDisplay: 'there is no display' }));
    expect(plan.kind).toBe('browser');
    if (plan.kind === 'browser') expect(plan.notice).toContain('Electron cannot open a window here (there is no display)');
  });
});

describe('start arguments', () => {
  it('takes the workspace out and passes everything else on in order', () => {
    expect(parseStartArguments(['--port', '9000', '--workspace', 'w', '-x'])).toEqual({ workspace: 'w', passThrough: ['--port', '9000', '-x'] });
    expect(parseStartArguments([])).toEqual({ workspace: undefined, passThrough: [] });
  });
});

describe('finding and fetching the Electron binary', () => {
  let dir: string;
  beforeEach(async () => {
    dir = await mkdtemp(join(tmpdir(), 'flowpack-electron-pkg-'));
  });
  afterEach(() => rm(dir, { recursive: true, force: true }));

  const installer = (script: string) => writeFile(join(dir, 'install.js'), script);

  it('finds the executable path.txt names in dist/', async () => {
    await mkdir(join(dir, 'dist'));
    await writeFile(join(dir, 'dist', 'electron'), '');
    await writeFile(join(dir, 'path.txt'), 'electron');
    expect(locateElectronBinary(dir, {})).toEqual({ ok: true, executable: join(dir, 'dist', 'electron') });
  });

  it('says the binary was never downloaded, or is missing, without downloading anything', async () => {
    expect(locateElectronBinary(dir, {})).toEqual({ ok: false, reason: 'it was never downloaded' });
    await writeFile(join(dir, 'path.txt'), 'electron');
    expect(locateElectronBinary(dir, {})).toMatchObject({ ok: false, reason: expect.stringContaining('is missing') });
  });

  it('uses the package\'s installer when the binary is missing, and finds what it installed', async () => {
    await installer(
      "const fs = require('fs'); const path = require('path');" +
        "fs.mkdirSync(path.join(__dirname, 'dist')); fs.writeFileSync(path.join(__dirname, 'dist', 'electron'), '');" +
        "fs.writeFileSync(path.join(__dirname, 'path.txt'), 'electron');",
    );
    await writeFile(join(dir, 'package.json'), '{"type": "commonjs"}');
    // This installer ends on its own: no limit but the hang guard, so a slow start on a busy machine is not a failure.
    expect(await obtainElectronBinary(dir, HANG_GUARD_MS, {})).toEqual({ ok: true, executable: join(dir, 'dist', 'electron') });
  });

  it('reports a failed download as its first error line', async () => {
    await installer("console.error('TypeError: fetch failed\\n    at somewhere'); process.exit(1);");
    expect(await obtainElectronBinary(dir, HANG_GUARD_MS, {})).toEqual({ ok: false, reason: 'the download failed: TypeError: fetch failed' });
  });

  it('gives up on a download that does not finish in time', async () => {
    await installer('setTimeout(() => {}, 60_000);');
    expect(await obtainElectronBinary(dir, 300, {})).toEqual({ ok: false, reason: 'the download failed: no answer within 0.3 s' });
  });
});

describe('a display for the window', () => {
  it('is needed on Linux and present with X11 or Wayland', () => {
    expect(missingDisplay('linux', {})).toMatch(/no display/);
    expect(missingDisplay('linux', { DISPLAY: ':0' })).toBeUndefined();
    expect(missingDisplay('linux', { WAYLAND_DISPLAY: 'wayland-0' })).toBeUndefined();
    expect(missingDisplay('darwin', {})).toBeUndefined();
    expect(missingDisplay('win32', {})).toBeUndefined();
  });
});
