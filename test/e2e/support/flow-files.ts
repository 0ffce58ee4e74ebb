import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { serializeFlow } from '../../../shared/format/flow-file';
import type { Flow } from '../../../shared/format/flow-schema';

/** Reads a flow file of a workspace. */
export async function readFlow(root: string, path: string): Promise<Flow> {
  return JSON.parse(await readFile(join(root, path), 'utf8')) as Flow;
}

/**
 * Changes a flow file behind the editor's back, as another program (a text editor, git) would:
 * read, change, write canonical JSON in place.
 */
export async function changeFlowOnDisk(root: string, path: string, change: (flow: Flow) => void): Promise<void> {
  const flow = await readFlow(root, path);
  change(flow);
  await writeFile(join(root, path), serializeFlow(flow), 'utf8');
}

/** Renames one node of a flow document. */
export function renameNode(flow: Flow, nodeId: string, name: string): void {
  const node = flow.nodes.find((candidate) => candidate.id === nodeId);
  if (node === undefined) throw new Error(`No node "${nodeId}" in ${flow.name}`);
  node.name = name;
}
