import { z } from 'zod';
import { diagnosticSchema, reportedDiagnosticSchema } from '../format/diagnostic';
import { workspaceSchema } from '../format/workspace-schema';
import { FLOW_TEST_CALLS } from './flow-test-calls';
import { PACK_CALLS } from './pack-calls';
import { REVISION_CALLS } from './revision-calls';
import { SAVE_DIALOG_CALLS } from './save-dialog-calls';
import { SUPPORT_CALLS } from './support-calls';
import { TENANT_CALLS } from './tenant-calls';
import { HOST_ERROR_CODES } from './host-events';
import type { HOST_EVENTS } from './host-events';
import { LOCALES } from '../locales/locales';
import { templateSchema } from '../templates/template';
import { workspacePathSchema } from './workspace-paths';

// The events and error codes live in host-events.ts, which the renderer loads without the
// calls' schemas; they are part of this contract and named from here as well.
export { HOST_ERROR_CODES, HOST_EVENTS } from './host-events';
export type { HostErrorCode } from './host-events';

/**
 * The host contract: every call the renderer can make of its host and every event the host
 * sends, by `domain:verb` name, with zod schemas for arguments and results. Electron's IPC
 * handlers and the browser host's HTTP handlers are two thin adapters over the same
 * handler functions (see dispatch.ts); the renderer reaches them through one client module.
 */

/** What the library shows of one flow file without opening it. */
export const flowSummarySchema = z.object({
  id: z.string(),
  name: z.string(),
  description: z.string(),
  profile: z.string(),
  kind: z.string(),
  errors: z.number().int().min(0),
  warnings: z.number().int().min(0),
  /** False when the file is unreadable or of a newer format: it opens read-only. */
  editable: z.boolean(),
});
export type FlowSummary = z.infer<typeof flowSummarySchema>;

export const workspaceEntrySchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('folder'), path: workspacePathSchema }),
  z.object({ kind: z.literal('flow'), path: workspacePathSchema, summary: flowSummarySchema }),
]);
export type WorkspaceEntry = z.infer<typeof workspaceEntrySchema>;

export const workspaceSnapshotSchema = z.object({
  /** The folder's name, for the window title. */
  name: z.string(),
  settings: workspaceSchema,
  /** Every folder and flow file, depth first, folders before files, by name. */
  entries: z.array(workspaceEntrySchema),
});
export type WorkspaceSnapshot = z.infer<typeof workspaceSnapshotSchema>;

/** Identifies the content of a file as it was read, so a save can tell whether it changed since. */
export const revisionSchema = z.string().min(1).max(200);

export const fileContentSchema = z.object({ path: workspacePathSchema, text: z.string(), revision: revisionSchema });

/**
 * A flow file as read, with what loading its text finds (the editor's `loadFlow`: migration
 * and validation), so the editor shows the problems on open without validating the flow a
 * second time; null for a file that is not a flow file.
 */
export const flowFileSchema = fileContentSchema.extend({ diagnostics: z.array(diagnosticSchema).nullable() });

export const recoveryEntrySchema = z.object({ path: workspacePathSchema, text: z.string(), savedAt: z.iso.datetime() });


const none = z.object({}).strict();
const ok = z.object({});

function call<A extends z.ZodType, R extends z.ZodType>(args: A, result: R) {
  return { args, result };
}

export const HOST_CALLS = {
  'app:info': call(
    none,
    z.object({
      version: z.string(),
      host: z.enum(['electron', 'browser']),
      locale: z.string(),
      /** Native dialogs and menus exist only in the desktop app. */
      nativeDialogs: z.boolean(),
    }),
  ),
  'workspace:get': call(none, workspaceSnapshotSchema),
  /** Desktop only: asks with a native dialog and switches to the chosen folder. Null when cancelled. */
  'workspace:choose': call(none, workspaceSnapshotSchema.nullable()),
  'workspace:createFolder': call(z.object({ path: workspacePathSchema }).strict(), ok),
  'workspace:move': call(z.object({ from: workspacePathSchema, to: workspacePathSchema }).strict(), ok),
  'workspace:trash': call(z.object({ paths: z.array(workspacePathSchema).min(1).max(1000) }).strict(), ok),
  'workspace:setPriority': call(z.object({ ids: z.array(z.uuid()).max(10_000) }).strict(), ok),
  /**
   * The flows whose name, description or step text contain every word of `query` (case and
   * accents ignored), by path, as of the last listing. The host searches: the renderer is
   * not sent the text of every flow of the workspace.
   */
  'workspace:search': call(z.object({ query: z.string().max(1000) }).strict(), z.object({ paths: z.array(workspacePathSchema) })),
  'flow:read': call(z.object({ path: workspacePathSchema }).strict(), flowFileSchema),
  /**
   * Writes atomically and keeps a backup. `baseRevision` is the revision the editor read;
   * null creates a new file. A file changed on disk since is refused with `CONFLICT`.
   */
  'flow:write': call(
    z.object({ path: workspacePathSchema, text: z.string().max(50 * 1024 * 1024), baseRevision: revisionSchema.nullable() }).strict(),
    z.object({ revision: revisionSchema }),
  ),
  'recovery:write': call(z.object({ path: workspacePathSchema, text: z.string().max(50 * 1024 * 1024) }).strict(), ok),
  'recovery:list': call(none, z.object({ entries: z.array(recoveryEntrySchema) })),
  'recovery:discard': call(z.object({ path: workspacePathSchema }).strict(), ok),
  /** The built-in templates in `locale` (English when absent), then the user's own as they saved them. */
  'templates:list': call(z.object({ locale: z.enum(LOCALES).optional() }).strict(), z.object({ templates: z.array(templateSchema) })),
  /** Opens an https: address in the system browser after the user agrees; anything else is refused. */
  'shell:openExternal': call(z.object({ url: z.url({ protocol: /^https$/ }) }).strict(), z.object({ opened: z.boolean() })),
  /**
   * Desktop only (NOT_SUPPORTED in the browser host, which offers a download instead): shows a
   * pack file the app wrote in the system's file manager, selected. `path` is the full path an
   * export answered; only an existing `.flowpack` file is shown, nothing is opened or run.
   */
  'shell:showInFolder': call(z.object({ path: z.string().min(1).max(4096) }).strict(), ok),
  'templates:save': call(z.object({ name: z.string().min(1).max(200), text: z.string().max(5 * 1024 * 1024) }).strict(), z.object({ id: z.string() })),
  ...PACK_CALLS,
  ...SAVE_DIALOG_CALLS,
  ...TENANT_CALLS,
  ...REVISION_CALLS,
  ...FLOW_TEST_CALLS,
  ...SUPPORT_CALLS,
} as const;

export type HostCallName = keyof typeof HOST_CALLS;
export type HostEventName = keyof typeof HOST_EVENTS;
export type HostArgs<K extends HostCallName> = z.input<(typeof HOST_CALLS)[K]['args']>;
export type HostResult<K extends HostCallName> = z.output<(typeof HOST_CALLS)[K]['result']>;
export type HostEvent<K extends HostEventName> = z.output<(typeof HOST_EVENTS)[K]>;
/** How a host's services send an event to the renderer. */
export type EmitHostEvent = <K extends HostEventName>(event: K, payload: HostEvent<K>) => void;

export const hostErrorSchema = z.object({
  code: z.enum(HOST_ERROR_CODES),
  message: z.string(),
  /** A tenant's findings when it refused something as invalid (a publish with errors), so the renderer can word them in the UI language. */
  diagnostics: z.array(reportedDiagnosticSchema).optional(),
});
export type HostErrorBody = z.infer<typeof hostErrorSchema>;

/** What every call returns over the wire. */
export type HostResponse<T> = { ok: true; result: T } | { ok: false; error: HostErrorBody };

/** The host side: one function per call, given parsed arguments. */
export type HostHandlers = { [K in HostCallName]: (args: z.output<(typeof HOST_CALLS)[K]['args']>) => Promise<HostResult<K>> };
