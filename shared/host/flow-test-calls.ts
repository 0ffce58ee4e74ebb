import { z } from 'zod';
import { flowTestCaseSchema, flowTestFileSchema } from '../runtime/flow-test-schema';
import { FLOW_FILE_SUFFIX, workspacePathSchema } from './workspace-paths';

/** A flow file of the workspace, whose tests sit beside it. */
const flowPathSchema = workspacePathSchema.refine((path) => path.endsWith(FLOW_FILE_SUFFIX), { error: `not a flow file (it should end with ${FLOW_FILE_SUFFIX})` });

/** Why a test file cannot be read: a message, and where when known (1-based). */
const problemSchema = z.object({ message: z.string(), line: z.number().int().optional(), column: z.number().int().optional() });

/**
 * The tests of a flow (`<stem>.flowtest.json` beside `<stem>.flow.json`): what the editor's
 * Simulate panel reads and saves. The file is read and written by the host with the one reader
 * and writer of the format (shared/runtime/flow-test-file.ts), atomically, inside the workspace.
 */
export const FLOW_TEST_CALLS = {
  /** The flow's test file: null when it has none yet; `problem` when it exists but cannot be read. */
  'flowTests:read': {
    args: z.object({ flowPath: flowPathSchema }).strict(),
    result: z.object({ path: workspacePathSchema, file: flowTestFileSchema.nullable(), problem: problemSchema.nullable() }),
  },
  /**
   * Adds `test` to the flow's test file (creating it), replacing a test of the same name. A
   * file that cannot be read, or that holds the tests of another flow, is refused (INVALID_ARGS)
   * and left as it is.
   */
  'flowTests:save': {
    args: z.object({ flowPath: flowPathSchema, flowId: z.uuid(), test: flowTestCaseSchema }).strict(),
    result: z.object({ path: workspacePathSchema, tests: z.number().int().min(1) }),
  },
} as const;
