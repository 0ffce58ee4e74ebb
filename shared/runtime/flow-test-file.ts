import { parseJson } from '../json/parse-json';
import { canonicalStringify } from '../format/canonical-json';
import type { KeyOrder } from '../format/canonical-json';
import { FLOW_TEST_FORMAT, FLOW_TEST_VERSION, flowTestCaseSchema, flowTestFileSchema } from './flow-test-schema';
import type { FlowTestCase, FlowTestFile } from './flow-test-schema';

/** Why a flow test file was refused: one message, and where when known (1-based). */
export interface FlowTestFileProblem {
  message: string;
  line?: number;
  column?: number;
}

export type ReadFlowTestFile = { ok: true; file: FlowTestFile } | { ok: false; problem: FlowTestFileProblem };

/** Reads a flow test file's text: safe JSON, then the format's schema; the first problem is reported with its place. */
export function readFlowTestFile(text: string | Uint8Array): ReadFlowTestFile {
  const parsed = parseJson(text);
  if (!parsed.ok) return { ok: false, problem: { message: parsed.message, line: parsed.line, column: parsed.column } };
  const checked = flowTestFileSchema.safeParse(parsed.value);
  if (checked.success) return { ok: true, file: checked.data };
  const issue = checked.error.issues[0]!;
  const where = parsed.locate(issue.path as (string | number)[]);
  const path = issue.path.length > 0 ? `${issue.path.join('.')}: ` : '';
  return { ok: false, problem: { message: `${path}${issue.message}`, line: where?.line, column: where?.column } };
}

const ORDER = {
  file: Object.keys(flowTestFileSchema.shape),
  test: Object.keys(flowTestCaseSchema.shape),
} satisfies Record<string, KeyOrder>;

/** Key order for an object at `path` inside a flow test file (the format's fields; other keys sorted). */
export function flowTestKeyOrder(path: readonly (string | number)[]): KeyOrder | undefined {
  return path.length === 0 ? ORDER.file : path.length === 2 && path[0] === 'tests' ? ORDER.test : undefined;
}

/** The canonical text of a flow test file: the format's key order, two-space indent, a final newline. */
export function serializeFlowTestFile(file: FlowTestFile): string {
  return canonicalStringify(file, flowTestKeyOrder);
}

/** A new, empty test file for the flow `flowId`. */
export function emptyFlowTestFile(flowId: string): FlowTestFile {
  return { format: FLOW_TEST_FORMAT, version: FLOW_TEST_VERSION, flow: flowId, tests: [] };
}

/** `file` with `test` added, or replacing the test of the same name. */
export function withTest(file: FlowTestFile, test: FlowTestCase): FlowTestFile {
  const others = file.tests.filter((existing) => existing.name !== test.name);
  return { ...file, tests: [...others, test] };
}
