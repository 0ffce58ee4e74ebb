import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect } from 'vitest';
import { serializeFlow } from '../../shared/format/flow-file';
import type { Profile } from '../../shared/format/profiles';
import type { HostErrorCode } from '../../shared/host/contract';
import { HostError } from '../../shared/host/host-error';
import type { SecretBox } from './secret-box';
import { WorkspaceRoot } from './workspace-root';
import { createFlow } from '../../shared/catalog/create-flow';

/** Test support: temporary folders, flow texts and HostError expectations. Not shipped code. */

/** A fresh empty folder under the system temp folder, and a function removing it. */
export async function makeTempFolder(prefix = 'flowpack-services-'): Promise<{ folder: string; remove: () => Promise<void> }> {
  const folder = await mkdtemp(join(tmpdir(), prefix));
  return { folder, remove: () => rm(folder, { recursive: true, force: true }) };
}

/** The id of every flow {@link flowText} makes unless told otherwise, so equal arguments give equal text. */
export const TEST_FLOW_ID = '3f2c1a9e-7b4d-4c8e-9a1f-0d2e3c4b5a69';

/** The canonical text of a new flow that validates clean. */
export function flowText(name = 'Welcome', profile: Profile = 'conversations', extra: { id?: string; description?: string } = {}): string {
  return serializeFlow(createFlow({ profile, name, id: TEST_FLOW_ID, now: new Date('2025-01-01T00:00:00Z'), ...extra }));
}

/** Asserts that `promise` rejects with a HostError of `code`, and returns it for further checks. */
export async function expectHostError(promise: Promise<unknown>, code: HostErrorCode): Promise<HostError> {
  const error = await promise.then(
    () => undefined,
    (reason: unknown) => reason,
  );
  expect(error, `expected a ${code} HostError`).toBeInstanceOf(HostError);
  expect((error as HostError).code).toBe(code);
  return error as HostError;
}

/** A clock that advances one second per reading, so each backup or trash batch gets its own timestamp. */
export function steppingClock(start = new Date('2025-06-01T12:00:00.000Z')): () => Date {
  let now = start.getTime();
  return () => new Date((now += 1000));
}

/** Stands in for the OS keychain in tests: reversible, and visibly not the secret. */
export const testKeychain: SecretBox = {
  protects: true,
  seal: (secret) => Buffer.from(secret.split('').reverse().join('')).toString('base64'),
  open: (sealed) => Buffer.from(sealed, 'base64').toString().split('').reverse().join(''),
};

/**
 * A fresh workspace and, beside it, a folder outside it (where a link in the workspace may
 * point), with the workspace's root and one function removing both.
 */
export async function workspaceBesideOutside(): Promise<{ workspace: string; outside: string; root: WorkspaceRoot; remove: () => Promise<void> }> {
  const inside = await makeTempFolder();
  const beside = await makeTempFolder('flowpack-outside-');
  return {
    workspace: inside.folder,
    outside: beside.folder,
    root: new WorkspaceRoot(inside.folder),
    remove: async () => {
      await inside.remove();
      await beside.remove();
    },
  };
}
