import { randomUUID } from 'node:crypto';
import type { z } from 'zod';
import { serializeFlow } from '../../shared/format/flow-file';
import type { Flow } from '../../shared/format/flow-schema';
import type { HOST_CALLS, HostHandlers } from '../../shared/host/contract';
import { HostError } from '../../shared/host/host-error';
import type { PackImportResult } from '../../shared/host/pack-calls';
import { replaceFile, writeNewFlowFile } from './flow-file-writes';
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
 * has. All checks run before the first write, so a refused import writes nothing.
 */
export async function importPack(
  root: WorkspaceRoot,
  opened: OpenedPack,
  locations: ReadonlyMap<string, string>,
  args: Pick<ImportArgs, 'folder' | 'choices' | 'allowTampered'>,
  clock: () => Date,
): Promise<PackImportResult> {
  if (opened.refusal !== null) throw new HostError('INVALID_ARGS', `the pack cannot be imported: ${opened.refusal}; nothing was written`);
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

  const results: ImportedFlow[] = [];
  for (const flow of opened.flows) {
    const existing = locations.get(flow.id);
    const choice = args.choices[flow.id];
    if (choice === 'skip') {
      results.push({ id: flow.id, name: flow.name, outcome: 'skipped' });
    } else if (existing !== undefined && choice === 'replace') {
      await replaceFile(root, existing, serializeFlow(flow), clock());
      results.push({ id: flow.id, name: flow.name, outcome: 'replaced', path: existing, newId: flow.id });
    } else {
      const copy = existing !== undefined;
      const written = copy ? freshCopy(flow, clock()) : flow;
      const path = await writeNewFlowFile(root, args.folder, written);
      results.push({ id: flow.id, name: flow.name, outcome: copy ? 'copied' : 'created', path, newId: written.id });
    }
  }
  return { flows: results };
}

/** The flow under a new id, as Duplicate makes it: ids are stable across tenants, so two files must not share one. */
function freshCopy(flow: Flow, now: Date): Flow {
  const stamp = now.toISOString();
  return { ...flow, id: randomUUID(), meta: { ...flow.meta, createdAt: stamp, updatedAt: stamp } };
}

/** The handlers of opening and importing packs. */
export type PackImportHandlers = Pick<HostHandlers, 'pack:open' | 'pack:import'>;
