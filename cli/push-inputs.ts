import { resolve, basename } from 'node:path';
import type { Flow } from '../shared/format/flow-schema';
import { PACK_FILE_SUFFIX } from '../shared/host/workspace-paths';
import { deployPack } from '../shared/pack/deploy-pack';
import { serializePack } from '../shared/pack/export/serialize-pack';
import { packSchema } from '../shared/pack/pack-schema';
import type { Pack } from '../shared/pack/pack-schema';
import { verifyPack } from '../shared/pack/signature/verify-pack';
import type { SignatureCheck } from '../shared/pack/signature/verify-pack';
import type { ImportPurpose } from '../shared/tenant-api/imports';
import { CommandError, UsageError } from './cli-error';
import type { CliOutput } from './cli-output';
import { TOOL_VERSION } from './tool-version';
import { checkAs, readJsonFile } from './commands/plan';
import { DEFAULT_MAX_BYTES } from './commands/validate';
import { readExportInputs, readWorkspaceFlows } from './export-inputs';
import { readTrustedKeys } from './key-file';
import { STDIN_ARGUMENT } from './read-document';
import { printable, quoted } from './printable';
import { pushWorkspace } from './sync-workspace';
import { formatHumanReport, sortByPosition } from './validate-report';

/** What `flowpack push` sends, and what it needs to record afterwards. */
export interface PushInput {
  pack: Pack;
  /** The pack as JSON, as a file would hold it: what the server checks the signature of. */
  packJson: Record<string, unknown>;
  signature: SignatureCheck;
  /** The local flows in the pack, by id, whose sync bindings the push records (none for a pack file). */
  localFlows: Map<string, Flow>;
  /** The workspace folder: reports go to its .flowpack/reports, bindings to its .flowpack/sync.json. */
  workspace: string;
  /** `share` for a `.flowpack` file (a template, sanitised by export); `deploy` for flow files sent as they are. */
  purpose: ImportPurpose;
}

export interface PushInputOptions {
  name?: string | undefined;
  workspace?: string | undefined;
  trust?: string[] | undefined;
}

/**
 * The pack to push: a `.flowpack` file as it is (its signature checked against the trusted
 * keys), shared as a template; or flow files and folders, deployed: sent as they are, with
 * nothing removed (a deploy is not a share: `flowpack export` makes a template for others).
 */
export function readPushInput(paths: readonly string[], options: PushInputOptions, output: CliOutput): PushInput {
  // Standard input is a pack: flows are pushed by path, so their sync state can name their files.
  const packs = paths.filter((path) => path.endsWith(PACK_FILE_SUFFIX) || path === STDIN_ARGUMENT);
  if (packs.length > 0 && paths.length > 1) throw new UsageError('push takes one pack, or flow files and folders, not both', 'push');
  if (packs.length === 1) {
    const packJson = readJsonFile(packs[0]!) as Record<string, unknown>;
    const pack = checkAs(packs[0]!, packJson, packSchema, 'pack');
    const trusted = readTrustedKeys(options.trust ?? [], process.env, (line) => output.stderr(`flowpack: warning: ${line}\n`));
    return { pack, packJson, signature: verifyPack(packJson, trusted), localFlows: new Map(), workspace: pushWorkspace(paths, options.workspace), purpose: 'share' };
  }
  return deployInMemory(paths, options, output);
}

/** Flow files and folders as a deploy: the flows as their files hold them, and the reusable flows they call. */
function deployInMemory(paths: readonly string[], options: PushInputOptions, output: CliOutput): PushInput {
  const inputs = readExportInputs(paths, DEFAULT_MAX_BYTES);
  if (inputs.problems.length > 0) {
    for (const report of inputs.problems) sortByPosition(report.diagnostics);
    output.stderr(formatHumanReport(inputs.problems));
    throw new CommandError('push stopped: the files above cannot be used; nothing was sent');
  }
  if (inputs.documents.length === 0) throw new CommandError('no *.flow.json files found; nothing was sent');
  const flows = inputs.documents.map((document) => document.flow!);
  const workspaceFlows = readWorkspaceFlows(paths, DEFAULT_MAX_BYTES).flows;
  const result = deployPack(flows, {
    name: options.name ?? packName(flows, inputs.folders),
    generator: `flowpack-studio/${TOOL_VERSION}`,
    workspaceFlows,
  });
  if (!result.pack) {
    for (const d of result.diagnostics) output.stderr(`${d.severity} ${d.code} ${printable(d.message)}\n`);
    throw new CommandError('these flows cannot be pushed together (see above); nothing was sent');
  }
  const added = result.report.flows.filter((flow) => flow.dependency).map((flow) => quoted(flow.name));
  output.stdout(`Deploying ${result.report.flows.length} flow${result.report.flows.length === 1 ? '' : 's'} as ${result.report.flows.length === 1 ? 'its file holds it' : 'their files hold them'} (nothing removed)${added.length > 0 ? `, with the reusable flows they call: ${added.join(', ')}` : ''}.\n`);
  const localFlows = new Map<string, Flow>();
  for (const flow of [...workspaceFlows, ...flows]) localFlows.set(flow.id, flow);
  const packJson = JSON.parse(serializePack(result.pack)) as Record<string, unknown>;
  return { pack: result.pack, packJson, signature: verifyPack(packJson), localFlows, workspace: pushWorkspace(paths, options.workspace), purpose: 'deploy' };
}

/** One flow: its name; one folder: the folder's name; otherwise a generic name (a pushed pack is never kept). */
function packName(flows: readonly Flow[], folders: readonly string[]): string {
  if (flows.length === 1) return flows[0]!.name;
  const folder = folders.length === 1 ? basename(resolve(folders[0]!)) : '';
  return folder !== '' && folder.length <= 200 ? folder : `${flows.length} flows`;
}
