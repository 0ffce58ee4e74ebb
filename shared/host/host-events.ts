import { z } from 'zod';
import { buildImportProgressSchema } from '../tenant-api/import-progress';
import { ACTION_NAMES } from './actions';
import { workspacePathSchema } from './workspace-paths';

/**
 * The host contract's events and error codes (contract.ts has the calls). A module of their
 * own so the renderer's host client, which needs only these at startup, does not build the
 * schemas of every call (the editor's heap at first open).
 */

export const HOST_EVENTS = builtOnFirstRead({
  /** Files or folders were added, removed or changed on disk (by anyone). */
  'workspace:changed': () => z.object({ paths: z.array(workspacePathSchema) }),
  /** A native menu item or accelerator was used (desktop only); the renderer runs the action of that name. */
  'app:command': () => z.object({ command: z.enum(ACTION_NAMES) }),
  /** The desktop app was asked to open a file (second launch, file association, recent document). */
  'app:openFile': () => z.object({ path: workspacePathSchema }),
  /** How a push's apply on the tenant progresses; `progressId` is the one its `tenants:push` call gave. */
  'tenants:pushProgress': () => z.object({ progressId: z.uuid(), progress: buildImportProgressSchema() }),
});

/**
 * An object with the keys of `builders` whose value is built the first time it is read: the
 * renderer listens for every event from the start but builds an event's schema only once one
 * arrives (a zod schema weighs about a kilobyte and a half in the editor's heap).
 */
function builtOnFirstRead<T extends Record<string, () => unknown>>(builders: T): { readonly [K in keyof T]: ReturnType<T[K]> } {
  const built = {} as { [K in keyof T]: ReturnType<T[K]> };
  for (const key of Object.keys(builders) as (keyof T & string)[]) {
    Object.defineProperty(built, key, {
      enumerable: true,
      configurable: true,
      get() {
        const value = builders[key]!() as ReturnType<T[typeof key]>;
        Object.defineProperty(built, key, { value, enumerable: true });
        return value;
      },
    });
  }
  return built;
}

export const HOST_ERROR_CODES = [
  'UNKNOWN_CALL',
  'INVALID_ARGS',
  'NOT_FOUND',
  'EXISTS',
  'CONFLICT',
  'OUTSIDE_WORKSPACE',
  'NOT_SUPPORTED',
  'IO',
  /** A tenant refused a request or could not be reached; the message says which and why. */
  'REMOTE',
  /** A tenant connection with no token that nobody is signed in on: it needs a sign-in first. */
  'NOT_SIGNED_IN',
  'INTERNAL',
] as const;
export type HostErrorCode = (typeof HOST_ERROR_CODES)[number];

