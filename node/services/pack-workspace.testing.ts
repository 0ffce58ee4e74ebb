import { cp } from 'node:fs/promises';
import { join } from 'node:path';
import type { HostCallName, HostHandlers, HostResult } from '../../shared/host/contract';
import { HOST_CALLS } from '../../shared/host/contract';
import { dispatchHostCall } from '../../shared/host/dispatch';
import { HostError } from '../../shared/host/host-error';
import { createPackHandlers } from './pack-handlers';
import { SummaryCache } from './summary-cache';
import { makeTempFolder, steppingClock, testKeychain } from './temp-workspace.testing';
import { WorkspaceRoot } from './workspace-root';

/** Test support for the pack services: a copy of examples/ and the pack calls through the contract. Not shipped code. */

const EXAMPLES = join(import.meta.dirname, '..', '..', 'examples');

/** Ids of example flows the tests use. */
export const EXAMPLE_IDS = {
  outOfHours: '1d7c0031-c062-437c-b9a7-fa11657b3df8',
  salesAssignment: '122a9e8e-4284-4a1c-a956-9029c83c634d',
} as const;

export interface PackWorkspace {
  /** The workspace folder (a copy of examples/). */
  folder: string;
  appData: string;
  /**
   * A pack call through the host contract: arguments parsed as a transport would, the result
   * checked against the contract's result schema; a refusal rejects with the HostError.
   */
  call<K extends PackCallName>(name: K, args: unknown): Promise<HostResult<K>>;
  remove(): Promise<void>;
}

type PackCallName = Extract<HostCallName, `pack:${string}` | `keys:${string}`>;

export async function makePackWorkspace(appDataDir?: string): Promise<PackWorkspace> {
  const temp = await makeTempFolder('flowpack-packs-');
  const appData = appDataDir === undefined ? await makeTempFolder('flowpack-appdata-') : undefined;
  await cp(EXAMPLES, temp.folder, { recursive: true });
  const handlers = createPackHandlers({
    root: new WorkspaceRoot(temp.folder),
    summaries: new SummaryCache(),
    appDataDir: appDataDir ?? appData!.folder,
    clock: steppingClock(),
    appVersion: '9.9.9',
    box: testKeychain,
  });
  return {
    folder: temp.folder,
    appData: appDataDir ?? appData!.folder,
    async call(name, args) {
      const response = await dispatchHostCall(handlers as unknown as HostHandlers, name, args, (_name, error) => {
        throw error;
      });
      if (!response.ok) throw new HostError(response.error.code, response.error.message);
      return HOST_CALLS[name].result.parse(response.result) as HostResult<typeof name>;
    },
    async remove() {
      await temp.remove();
      await appData?.remove();
    },
  };
}
