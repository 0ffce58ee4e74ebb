import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { runInNewContext } from 'node:vm';
import { build } from 'esbuild';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { HOST_BRIDGE_GLOBAL, IPC_CALL_CHANNEL, IPC_EVENT_CHANNEL } from '../../shared/host/transport';
import { preloadBundleOptions } from '../../scripts/electron-bundles';

const projectRoot = fileURLToPath(new URL('../..', import.meta.url));

let outDir: string;
let bundle: string;

beforeAll(async () => {
  outDir = await mkdtemp(join(tmpdir(), 'flowpack-preload-'));
  await build({ ...preloadBundleOptions({ projectRoot, outDir }), logLevel: 'silent' });
  bundle = await readFile(join(outDir, 'preload.cjs'), 'utf8');
});

afterAll(() => rm(outDir, { recursive: true, force: true }));

/**
 * Runs the built preload the way a sandboxed renderer would, in a fresh context whose
 * `require` knows only a stand-in `electron`; records what it exposes and what it required.
 */
function loadPreload() {
  const exposed: { key: string; api: Record<string, unknown> }[] = [];
  const required: string[] = [];
  const channels = new Map<string, (event: unknown, message: unknown) => void>();
  const invokes: unknown[][] = [];
  const electron = {
    contextBridge: { exposeInMainWorld: (key: string, api: Record<string, unknown>) => exposed.push({ key, api }) },
    ipcRenderer: {
      invoke: async (...args: unknown[]) => {
        invokes.push(args);
        return { ok: true, result: {} };
      },
      on: (channel: string, listener: (event: unknown, message: unknown) => void) => channels.set(channel, listener),
      send: () => {
        throw new Error('the preload must not send; it only invokes');
      },
    },
  };
  const require = (name: string) => {
    required.push(name);
    if (name === 'electron') return electron;
    throw new Error(`a sandboxed preload cannot require "${name}"`);
  };
  const module = { exports: {} };
  runInNewContext(bundle, { require, module, exports: module.exports, queueMicrotask, console });
  return { exposed, required, channels, invokes };
}

describe('the bundled preload', () => {
  it('needs nothing but electron, so it runs in the sandbox', () => {
    expect(loadPreload().required).toEqual(['electron']);
  });

  it('exposes exactly one global, the host bridge, with exactly call and on', () => {
    const { exposed } = loadPreload();
    expect(exposed.map((entry) => entry.key)).toEqual([HOST_BRIDGE_GLOBAL]);
    const api = exposed[0]!.api;
    expect(Object.keys(api).sort()).toEqual(['call', 'on']);
    expect(typeof api.call).toBe('function');
    expect(typeof api.on).toBe('function');
  });

  it('turns call into an invoke on the host call channel and on into a listener on the event channel', async () => {
    const { exposed, channels, invokes } = loadPreload();
    const api = exposed[0]!.api as { call: (name: string, args: unknown) => Promise<unknown>; on: (event: string, listener: (payload: unknown) => void) => () => void };
    await api.call('workspace:get', {});
    expect(invokes).toEqual([[IPC_CALL_CHANNEL, 'workspace:get', {}]]);

    const seen: unknown[] = [];
    api.on('app:command', (payload) => seen.push(payload));
    channels.get(IPC_EVENT_CHANNEL)?.({ sender: 'ipcRenderer' }, { name: 'app:command', payload: { command: 'save' } });
    expect(seen).toEqual([{ command: 'save' }]);
  });
});
