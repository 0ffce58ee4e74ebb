import { randomUUID } from 'node:crypto';
import type { z } from 'zod';
import { copyName } from '../../shared/format/copy-name';
import type { CopyWords } from '../../shared/format/copy-name';
import { serializeFlow } from '../../shared/format/flow-file';
import { walkRefs } from '../../shared/format/entity-ref';
import type { Flow } from '../../shared/format/flow-schema';
import type { HOST_CALLS, HostHandlers } from '../../shared/host/contract';
import { HostError } from '../../shared/host/host-error';
import { trustedSignatureRefusal } from '../../shared/pack/signature/signature-policy';
import type { PackImportResult } from '../../shared/host/pack-calls';
import { serializeFlowTestFile } from '../../shared/runtime/flow-test-file';
import type { FlowTestFile } from '../../shared/runtime/flow-test-schema';
import { writeFileAtomic } from './atomic-write';
import { testFilePathOf } from './flow-tests-beside';
import { replaceFile, writeNewFlowFile } from './flow-file-writes';
import { toHostError } from './host-fs-errors';
import type { OpenedPack } from './pack-open';
import type { WorkspaceRoot } from './workspace-root';

type ImportArgs = z.output<(typeof HOST_CALLS)['pack:import']['args']>;
type ImportedFlow = PackImportResult['flows'][number];

/**
 * Writes an opened pack's flows into a workspace folder.
 *
 * @remarks
 * Nothing is overwritten silently: a flow whose id a workspace file already holds needs the
 * user's choice. `replace` rewrites that file where it is (atomically, keeping the old
 * content as a backup, as a save does); `keepBoth` writes a new file with a new flow id, as
 * the library's Duplicate does; `skip` writes nothing. New files get names no existing file
 * has. All checks run before the first write, so a refused import writes nothing. With the
 * policy `requireTrusted`, only a pack whose signature is valid is written.
 */
export async function importPack(
  root: WorkspaceRoot,
  opened: OpenedPack,
  locations: ReadonlyMap<string, string>,
  args: Pick<ImportArgs, 'folder' | 'choices' | 'allowTampered'> & Partial<Pick<ImportArgs, 'copyWords'>> & { requireTrusted?: boolean },
  clock: () => Date,
): Promise<PackImportResult> {
  if (opened.refusal !== null) throw new HostError('INVALID_ARGS', `the pack cannot be imported: ${opened.refusal}; nothing was written`);
  // The user's policy: only a pack a trusted key signed; no override (allowTampered included) but turning the policy off.
  const unsigned = args.requireTrusted === true ? trustedSignatureRefusal(opened.signature) : null;
  if (unsigned !== null) {
    throw new HostError('INVALID_ARGS', `${unsigned}, and your settings require a signature from a trusted key; nothing was written`);
  }
  if (opened.signature.status === 'tampered' && !args.allowTampered) {
    throw new HostError('INVALID_ARGS', `the pack was changed after it was signed (tampered): ${opened.signature.reason ?? 'the signature does not match'}; nothing was written`);
  }
  const undecided = opened.flows.filter((flow) => locations.has(flow.id) && args.choices[flow.id] === undefined);
  if (undecided.length > 0) {
    const names = undecided.map((flow) => `"${flow.name}" (in ${locations.get(flow.id)})`).join(', ');
    throw new HostError('INVALID_ARGS', `choose replace, keep both or skip for ${names}; nothing was written`);
  }
  // Checked before the first write: a folder outside the workspace fails here, not half-way.
  await root.resolve(args.folder, { allowRoot: true });

  // Copies get their new ids first, so the pack's other flows that call them can be pointed at the copies.
  const copyIds = new Map<string, string>();
  for (const flow of opened.flows) {
    if (locations.has(flow.id) && args.choices[flow.id] !== 'skip' && args.choices[flow.id] !== 'replace') copyIds.set(flow.id, randomUUID());
  }

  const results: ImportedFlow[] = [];
  for (const original of opened.flows) {
    const flow = withCallsTo(original, copyIds);
    const existing = locations.get(flow.id);
    const choice = args.choices[flow.id];
    if (choice === 'skip') {
      results.push({ id: flow.id, name: flow.name, outcome: 'skipped' });
    } else if (existing !== undefined && choice === 'replace') {
      await replaceFile(root, existing, serializeFlow(flow), clock());
      await writeTestsBeside(root, existing, testsOf(opened, flow.id), flow.id);
      results.push({ id: flow.id, name: flow.name, outcome: 'replaced', path: existing, newId: flow.id });
    } else {
      const newId = copyIds.get(flow.id);
      const written = newId === undefined ? flow : freshCopy(flow, newId, clock(), args.copyWords);
      const path = await writeNewFlowFile(root, args.folder, written);
      await writeTestsBeside(root, path, testsOf(opened, flow.id), written.id);
      results.push({ id: flow.id, name: flow.name, outcome: newId === undefined ? 'created' : 'copied', path, newId: written.id });
    }
  }
  return { flows: results };
}

function testsOf(opened: OpenedPack, flowId: string): FlowTestFile | undefined {
  return opened.pack.tests?.find((file) => file.flow === flowId);
}

/**
 * Writes the tests the pack carries for a flow beside the flow's file (named for the flow's id
 * in the workspace: a copy's new one). A test file already there is the user's and is kept:
 * tests are never overwritten by an import.
 */
async function writeTestsBeside(root: WorkspaceRoot, flowPath: string, tests: FlowTestFile | undefined, flowId: string): Promise<void> {
  if (!tests) return;
  const absolute = await root.resolve(testFilePathOf(flowPath));
  try {
    await writeFileAtomic(absolute, serializeFlowTestFile({ ...tests, flow: flowId }), { exclusive: true, createFolders: false });
  } catch (error) {
    if ((error as { code?: unknown }).code !== 'EEXIST') throw toHostError(error, `cannot write the tests beside "${flowPath}"`);
  }
}

/** The flow with its references to other flows of the pack that arrive as copies pointed at the copies' new ids. */
function withCallsTo(flow: Flow, copyIds: ReadonlyMap<string, string>): Flow {
  if (copyIds.size === 0) return flow;
  const result = structuredClone(flow);
  walkRefs(result.nodes, (ref) => {
    const newId = ref.$ref === 'flow' && typeof ref.id === 'string' ? copyIds.get(ref.id) : undefined;
    if (newId !== undefined) ref.id = newId;
  });
  return result;
}

/**
 * The flow under a new id and a name that tells it from the original beside it, as Duplicate
 * makes it: ids are stable across tenants, so two files must not share one.
 */
function freshCopy(flow: Flow, id: string, now: Date, words?: CopyWords): Flow {
  const stamp = now.toISOString();
  return { ...flow, id, name: copyName(flow.name, new Set(), words), meta: { ...flow.meta, createdAt: stamp, updatedAt: stamp } };
}

/** The handlers of opening and importing packs. */
export type PackImportHandlers = Pick<HostHandlers, 'pack:open' | 'pack:import'>;
