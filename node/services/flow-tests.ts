import { readFile } from 'node:fs/promises';
import type { HostHandlers } from '../../shared/host/contract';
import { HostError } from '../../shared/host/host-error';
import { emptyFlowTestFile, readFlowTestFile, serializeFlowTestFile, withTest } from '../../shared/runtime/flow-test-file';
import type { ReadFlowTestFile } from '../../shared/runtime/flow-test-file';
import { flowTestPathOf } from '../../shared/runtime/flow-test-schema';
import { modeOf, writeFileAtomic } from './atomic-write';
import { errorCode, toHostError } from './host-fs-errors';
import { createKeyedLock } from './keyed-lock';
import type { WorkspaceRoot } from './workspace-root';

export type FlowTestHandlers = Pick<HostHandlers, 'flowTests:read' | 'flowTests:save'>;

/** The test file's text read and checked, or undefined when there is none. */
async function readExisting(absolute: string, path: string): Promise<ReadFlowTestFile | undefined> {
  try {
    return readFlowTestFile(await readFile(absolute));
  } catch (error) {
    if (errorCode(error) === 'ENOENT') return undefined;
    throw toHostError(error, `cannot read "${path}"`);
  }
}

/**
 * A flow's tests beside it in the workspace (`flowTests:*`). Paths go through the workspace root
 * (never outside the workspace, never into `.flowpack/`); saving reads the file, adds the test and
 * writes it back atomically, one save per file at a time, so two saves never lose each other's test.
 */
export function createFlowTestHandlers(root: WorkspaceRoot): FlowTestHandlers {
  const oneAtATime = createKeyedLock();
  return {
    async 'flowTests:read'({ flowPath }) {
      const path = flowTestPathOf(flowPath);
      const read = await readExisting(await root.resolve(path), path);
      if (!read) return { path, file: null, problem: null };
      return read.ok ? { path, file: read.file, problem: null } : { path, file: null, problem: read.problem };
    },

    'flowTests:save'({ flowPath, flowId, test }) {
      const path = flowTestPathOf(flowPath);
      return oneAtATime(path, async () => {
        const absolute = await root.resolve(path);
        const read = await readExisting(absolute, path);
        // A file that cannot be read is the user's to repair: writing over it would lose its tests.
        if (read && !read.ok) {
          const where = read.problem.line === undefined ? '' : ` (line ${read.problem.line}, column ${read.problem.column ?? 1})`;
          throw new HostError('INVALID_ARGS', `"${path}" cannot be read${where}: ${read.problem.message}; repair it before saving a test into it`);
        }
        if (read && read.file.flow !== flowId) {
          throw new HostError('INVALID_ARGS', `"${path}" holds the tests of another flow (${read.file.flow}); the test was not saved`);
        }
        const file = withTest(read?.file ?? emptyFlowTestFile(flowId), test);
        try {
          await writeFileAtomic(absolute, serializeFlowTestFile(file), { mode: read ? await modeOf(absolute) : undefined });
        } catch (error) {
          throw toHostError(error, `cannot save "${path}"`);
        }
        return { path, tests: file.tests.length };
      });
    },
  };
}
