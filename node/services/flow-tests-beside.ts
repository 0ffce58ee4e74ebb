import { readFile } from 'node:fs/promises';
import { HostError } from '../../shared/host/host-error';
import { FLOW_FILE_SUFFIX } from '../../shared/host/workspace-paths';
import { readFlowTestFile } from '../../shared/runtime/flow-test-file';
import { FLOW_TEST_SUFFIX } from '../../shared/runtime/flow-test-schema';
import type { FlowTestFile } from '../../shared/runtime/flow-test-schema';
import { MAX_DOCUMENT_BYTES } from './flow-files';
import { mapLimited } from './map-limited';
import type { WorkspaceRoot } from './workspace-root';

/** The workspace path of a flow's test file: beside the flow, with the same stem. */
export function testFilePathOf(flowPath: string): string {
  return flowPath.slice(0, -FLOW_FILE_SUFFIX.length) + FLOW_TEST_SUFFIX;
}

/**
 * The test files beside the workspace's flows (`flowPaths`: workspace path by flow id), for
 * export to pack: asked by flow id, the file's tests, or none when the flow has no test file.
 * A test file that cannot be used is a HostError naming it, raised only when export asks for
 * that flow's tests, so a broken test file of a flow not exported does not stop an export.
 */
export async function readTestsBeside(root: WorkspaceRoot, flowPaths: Readonly<Record<string, string>>): Promise<(flowId: string) => FlowTestFile | undefined> {
  const found = new Map<string, FlowTestFile | HostError>();
  await mapLimited(Object.entries(flowPaths), 16, async ([flowId, flowPath]) => {
    const path = testFilePathOf(flowPath);
    let bytes: Buffer;
    try {
      bytes = await readFile(await root.resolve(path));
    } catch (error) {
      if ((error as { code?: unknown }).code === 'ENOENT') return;
      found.set(flowId, new HostError('IO', `cannot read "${path}"`));
      return;
    }
    if (bytes.length > MAX_DOCUMENT_BYTES) return void found.set(flowId, new HostError('IO', `"${path}" is too large to be a test file`));
    const read = readFlowTestFile(bytes);
    if (!read.ok) {
      const where = read.problem.line === undefined ? '' : ` at line ${read.problem.line}, column ${read.problem.column}`;
      return void found.set(flowId, new HostError('INVALID_ARGS', `"${path}" is not a test file this version can read${where}: ${read.problem.message}`));
    }
    if (read.file.flow !== flowId) return void found.set(flowId, new HostError('INVALID_ARGS', `"${path}" holds the tests of another flow (${read.file.flow}), not of "${flowPath}"`));
    found.set(flowId, read.file);
  });
  return (flowId) => {
    const file = found.get(flowId);
    if (file instanceof HostError) throw file;
    return file;
  };
}
