import type { z } from 'zod';
import { defaultPackFileName } from '../../shared/pack/export/default-file-name';
import { exportPack } from '../../shared/pack/export/export-pack';
import type { ExportResult } from '../../shared/pack/export/export-pack';
import { serializePack } from '../../shared/pack/export/serialize-pack';
import type { PrivateKeyFile } from '../../shared/pack/signature/keys';
import { signPack } from '../../shared/pack/signature/sign-pack';
import type { HostHandlers } from '../../shared/host/contract';
import { HostError } from '../../shared/host/host-error';
import type { packExportArgsSchema } from '../../shared/host/pack-calls';
import { PACK_FILE_SUFFIX } from '../../shared/host/workspace-paths';
import { isAbsolute, join } from 'node:path';
import { writeFileAtomic } from './atomic-write';
import { toHostError } from './host-fs-errors';
import { noNativeDialog } from './save-dialogs';
import type { ChooseSavePath } from './save-dialogs';
import { privateKeyFromText } from './signing-keys';
import { pathExists } from './path-exists';
import type { SummaryCache } from './summary-cache';
import { readTestsBeside } from './flow-tests-beside';
import { readWorkspaceFlow, readWorkspaceFlowsOf } from './workspace-flows';
import type { WorkspaceRoot } from './workspace-root';

export type PackExportHandlers = Pick<HostHandlers, 'pack:exportPreview' | 'pack:exportWrite' | 'pack:exportSaveAs'>;

type ExportArgs = z.output<typeof packExportArgsSchema>;
type ExportWriteArgs = ExportArgs & { signingKey?: string | undefined; signingKeyId?: string | undefined };

/** What the export handlers need besides the workspace. */
export interface PackExportContext {
  root: WorkspaceRoot;
  summaries: SummaryCache;
  clock: () => Date;
  /** Written into the manifest's `generator` as `flowpack-studio/<version>`. */
  appVersion: string;
  /** A signing key the app keeps, by fingerprint (signing-keys.ts). */
  keptKey?: (fingerprint: string) => Promise<PrivateKeyFile>;
  /** The native Save dialog (desktop app only): where `pack:exportSaveAs` writes. */
  chooseSavePath?: ChooseSavePath | undefined;
}

/**
 * Export from the library in two steps, so the user sees the sanitisation report (and any
 * refusal) before anything is written: a preview that only runs export, then a write that
 * runs it again on the files as they are now and writes the pack to a new file.
 *
 * @remarks
 * The whole workspace is export's context, so a contact-center flow brings the reusable
 * flows it calls. A refused export writes nothing.
 */
export function createPackExportHandlers(context: PackExportContext): PackExportHandlers {
  return {
    async 'pack:exportPreview'(args) {
      const now = context.clock();
      const { result, flowPaths } = await runExport(context, args, now);
      return { ...outcome(result, flowPaths), fileName: defaultPackFileName(args.name.trim() || 'pack', now) };
    },

    async 'pack:exportWrite'(args) {
      if (!args.target.endsWith(PACK_FILE_SUFFIX)) throw new HostError('INVALID_ARGS', `"${args.target}" is not a pack file name (it should end with ${PACK_FILE_SUFFIX})`);
      const absolute = await context.root.resolve(args.target);
      if (await pathExists(absolute)) throw new HostError('EXISTS', `"${args.target}" already exists; choose another name`);
      const written = await writeExport(context, args, absolute, args.target);
      return { ...written.outcome, written: written.wrote ? args.target : null, fullPath: written.wrote ? absolute : null };
    },

    async 'pack:exportSaveAs'(args) {
      if (!context.chooseSavePath) return noNativeDialog();
      // Checked before asking where: a key that cannot sign stops here, before the dialog.
      await signingKeyOf(context, args);
      const fileName = defaultPackFileName(args.name.trim() || 'pack', context.clock());
      const chosen = await context.chooseSavePath({ defaultPath: join(context.root.real, fileName), kind: 'pack' });
      if (chosen === null) return { cancelled: true as const };
      if (!isAbsolute(chosen)) throw new HostError('INVALID_ARGS', `the Save dialog answered a relative path: "${chosen}"`);
      // The native dialog already asked before replacing an existing file; a name without the suffix gets it.
      const target = chosen.endsWith(PACK_FILE_SUFFIX) ? chosen : `${chosen}${PACK_FILE_SUFFIX}`;
      const written = await writeExport(context, args, target, target);
      return { ...written.outcome, savedTo: written.wrote ? target : null, cancelled: false as const };
    },
  };
}

/**
 * Runs export on the files as they are now and, unless it refuses, writes the pack (signed
 * last, since any change after signing would read as tampering) to `absolute` atomically.
 */
async function writeExport(context: PackExportContext, args: ExportWriteArgs, absolute: string, shown: string) {
  // Checked before export runs: a key that cannot sign stops here with nothing written.
  const key = await signingKeyOf(context, args);
  const { result, flowPaths } = await runExport(context, args, context.clock());
  if (!result.pack) return { outcome: outcome(result, flowPaths), wrote: false };
  const pack = key === undefined ? result.pack : signPack(result.pack, key);
  try {
    await writeFileAtomic(absolute, serializePack(pack));
  } catch (error) {
    throw toHostError(error, `cannot write "${shown}"`);
  }
  return { outcome: outcome(result, flowPaths), wrote: true };
}

/** The key a write signs with: a key file's text, or one the app keeps; none when neither is given. */
async function signingKeyOf(context: PackExportContext, args: { signingKey?: string | undefined; signingKeyId?: string | undefined }): Promise<PrivateKeyFile | undefined> {
  if (args.signingKey !== undefined && args.signingKeyId !== undefined) throw new HostError('INVALID_ARGS', 'sign with a key file or a kept key, not both');
  if (args.signingKey !== undefined) return privateKeyFromText(args.signingKey);
  if (args.signingKeyId === undefined) return undefined;
  if (!context.keptKey) throw new HostError('NOT_SUPPORTED', 'this app keeps no signing keys');
  return context.keptKey(args.signingKeyId);
}

/** Runs export on workspace flows, with the whole workspace (of their profiles) as context. */
export async function runExport(context: PackExportContext, args: ExportArgs, now: Date) {
  const { chosen, workspaceFlows, flowPaths } = await readPackInputs(context, args.paths);
  const result = exportPack(chosen, {
    name: args.name.trim(),
    description: args.description,
    author: args.author.trim(),
    now,
    generator: `flowpack-studio/${context.appVersion}`,
    workspaceFlows,
    keep: args.keep,
    testsOf: await readTestsBeside(context.root, flowPaths),
  });
  return { result, flowPaths };
}

/**
 * The chosen flows, the workspace flows of their profiles (where a pack looks for the reusable
 * flows they call), and the workspace path of each by flow id: what an export and a push read.
 */
export async function readPackInputs(context: PackExportContext, paths: readonly string[]) {
  const chosen = [];
  for (const path of new Set(paths)) chosen.push(await readWorkspaceFlow(context.root, path));
  const workspace = await readWorkspaceFlowsOf(context.root, context.summaries, new Set(chosen.map((entry) => entry.flow.profile)));
  const flowPaths: Record<string, string> = {};
  for (const entry of [...chosen, ...workspace]) flowPaths[entry.flow.id] ??= entry.path;
  return { chosen: chosen.map((entry) => entry.flow), workspaceFlows: workspace.map((entry) => entry.flow), flowPaths };
}

/** An export result as the host contract returns it. */
export function outcome(result: ExportResult, flowPaths: Record<string, string>) {
  const { profile, ...report } = result.report;
  return { report: profile === undefined ? report : { ...report, profile }, diagnostics: result.diagnostics, flowPaths };
}
