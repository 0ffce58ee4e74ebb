import { z } from 'zod';
import { importProgressSchema } from '../tenant-api/import-progress';
import { workspacePathSchema } from './workspace-paths';

/**
 * The host contract's events and error codes (contract.ts has the calls). A module of their
 * own so the renderer's host client, which needs only these at startup, does not build the
 * schemas of every call (the editor's heap at first open).
 */

/** Commands the desktop app's native menus send to the renderer; the renderer runs them like its own buttons. */
export const APP_COMMANDS = [
  'newFlow',
  'openWorkspace',
  'openFile',
  'save',
  'saveAs',
  'close',
  'undo',
  'redo',
  'cut',
  'copy',
  'paste',
  'selectAll',
  'zoomIn',
  'zoomOut',
  'fitView',
  'autoLayout',
  'toggleProblems',
  'exportPack',
  'importPack',
] as const;
export type AppCommand = (typeof APP_COMMANDS)[number];

export const HOST_EVENTS = {
  /** Files or folders were added, removed or changed on disk (by anyone). */
  'workspace:changed': z.object({ paths: z.array(workspacePathSchema) }),
  /** A native menu item or accelerator was used (desktop only). */
  'app:command': z.object({ command: z.enum(APP_COMMANDS) }),
  /** The desktop app was asked to open a file (second launch, file association, recent document). */
  'app:openFile': z.object({ path: workspacePathSchema }),
  /** How a push's apply on the tenant progresses; `progressId` is the one its `tenants:push` call gave. */
  'tenants:pushProgress': z.object({ progressId: z.uuid(), progress: importProgressSchema }),
} as const;

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
  'INTERNAL',
] as const;
export type HostErrorCode = (typeof HOST_ERROR_CODES)[number];

