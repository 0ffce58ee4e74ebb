import { existsSync, statSync } from 'node:fs';
import { resolve } from 'node:path';
import type { EntityRef } from '../shared/format/entity-ref';
import type { Flow } from '../shared/format/flow-schema';
import { FLOW_FILE_SUFFIX, PACK_FILE_SUFFIX } from '../shared/host/workspace-paths';
import { parseJson } from '../shared/json/parse-json';
import { loadPack } from '../shared/pack/load-pack';
import { readFlowTestFile } from '../shared/runtime/flow-test-file';
import { FLOW_TEST_SUFFIX } from '../shared/runtime/flow-test-schema';
import type { FlowTestFile } from '../shared/runtime/flow-test-schema';
import { flowLookup } from '../shared/runtime/flow-lookup';
import { checkDocumentFile } from './check-document';
import type { CheckedDocument } from './check-document';
import { printable } from './printable';
import { readWorkspaceFlows } from './export-inputs';
import { describeFileError } from './file-errors';
import { findDocuments } from './find-documents';
import { readDocumentFile, STDIN_ARGUMENT } from './read-document';

/** One flow and its tests, ready to run. */
export interface TestSuite {
  flow: Flow;
  /** Where the flow came from: its file, or the pack holding it. */
  flowPath: string;
  /** Where the tests came from: the test file, or the pack; undefined when the flow has none. */
  testPath?: string;
  tests?: FlowTestFile;
  /** The flows a step of this flow may call (reusable flows), by reference. */
  flows: (ref: EntityRef) => Flow | undefined;
}

/** An input that could not be used, with the place of the problem when there is one (1-based). */
export interface InputProblem {
  path: string;
  message: string;
  line?: number;
  column?: number;
}

export interface TestInputs {
  suites: TestSuite[];
  problems: InputProblem[];
}

/** Whether a file name is a flow's test file (`*.flowtest.json`, with something before the suffix). */
export function isFlowTestFileName(name: string): boolean {
  return name.length > FLOW_TEST_SUFFIX.length && name.endsWith(FLOW_TEST_SUFFIX);
}

/**
 * Finds the tests `flowpack test` was given: a test file runs against the flow file of the same
 * stem beside it; a flow file with the test file beside it (or with none: it is reported with no
 * tests); a folder, searched as `validate` searches one, for every test file; a pack, for the
 * tests it carries. A file that cannot be used is a problem, and the others still run.
 */
export function readTestInputs(paths: readonly string[], maxBytes: number): TestInputs {
  const problems: InputProblem[] = [];
  const found: { flow: Flow; flowPath: string; testPath?: string; tests?: FlowTestFile }[] = [];
  const packSuites: TestSuite[] = [];
  const seen = new Set<string>();
  const visited = new Set<string>();
  const flowFiles = new Map<string, Flow | undefined>();

  /** A flow file, read once however many inputs lead to it; a problem when it is not a flow. */
  const readFlow = (path: string): Flow | undefined => {
    const key = resolve(path);
    if (flowFiles.has(key)) return flowFiles.get(key);
    const checked = checkDocumentFile(path, maxBytes);
    if (!checked.flow) {
      const first = checked.report.diagnostics.find((d) => d.severity === 'error') ?? checked.report.diagnostics[0];
      problems.push({ path, message: `not a flow this version can run: ${first?.message ?? 'unknown problem'}`, line: first?.line, column: first?.column });
    }
    flowFiles.set(key, checked.flow);
    return checked.flow;
  };

  const takeTestFile = (testPath: string) => {
    if (!once(seen, testPath)) return;
    const flowPath = testPath.slice(0, -FLOW_TEST_SUFFIX.length) + FLOW_FILE_SUFFIX;
    if (!existsSync(flowPath)) return void problems.push({ path: testPath, message: `no flow beside it: ${flowPath} is where its flow must be` });
    const flow = readFlow(flowPath);
    if (!flow) return;
    const read = readTestFileFor(flow, flowPath, testPath, maxBytes);
    if (!read.ok) return void problems.push(read.problem);
    found.push({ flow, flowPath, testPath, tests: read.file });
  };

  for (const path of paths) {
    // Standard input is a pack: the only input that carries its tests with it.
    if (path === STDIN_ARGUMENT) {
      if (once(seen, path)) packSuites.push(...readPackTests(path, maxBytes, problems));
      continue;
    }
    let isFolder: boolean;
    try {
      isFolder = statSync(path).isDirectory();
    } catch (error) {
      problems.push({ path, message: describeFileError(error) });
      continue;
    }
    if (isFolder) {
      for (const entry of findDocuments(path, visited, isFlowTestFileName)) {
        if (entry.kind === 'problem') problems.push({ path: entry.path, message: entry.message });
        else takeTestFile(entry.path);
      }
    } else if (isFlowTestFileName(path)) {
      takeTestFile(path);
    } else if (path.endsWith(FLOW_FILE_SUFFIX)) {
      const testPath = testPathBeside(path);
      if (existsSync(testPath)) takeTestFile(testPath);
      else if (once(seen, testPath)) {
        const flow = readFlow(path);
        if (flow) found.push({ flow, flowPath: path });
      }
    } else if (path.endsWith(PACK_FILE_SUFFIX)) {
      if (once(seen, path)) packSuites.push(...readPackTests(path, maxBytes, problems));
    } else {
      problems.push({ path, message: `not a flow (*${FLOW_FILE_SUFFIX}), flow test (*${FLOW_TEST_SUFFIX}) or pack (*${PACK_FILE_SUFFIX}) file, nor a folder` });
    }
  }

  // Called flows come from the tested flows first, then from their workspaces, as export finds them.
  const fileInputs = found.map((entry) => entry.flowPath);
  const workspace = fileInputs.length === 0 ? [] : readWorkspaceFlows(fileInputs, maxBytes).flows;
  const flows = flowLookup([...found.map((entry) => entry.flow), ...workspace]);
  return { suites: [...found.map((entry) => ({ ...entry, flows })), ...packSuites], problems };
}

/**
 * Reads the test file at `testPath` as the tests of `flow` (read from `flowPath`): a problem, with
 * its place, when it cannot be read, is not a test file, or names another flow.
 */
export function readTestFileFor(flow: Flow, flowPath: string, testPath: string, maxBytes: number): { ok: true; file: FlowTestFile } | { ok: false; problem: InputProblem } {
  const read = readDocumentFile(testPath, maxBytes);
  if (!read.ok) return { ok: false, problem: { path: testPath, message: read.message } };
  const loaded = readFlowTestFile(read.bytes);
  if (!loaded.ok) return { ok: false, problem: { path: testPath, ...loaded.problem } };
  if (loaded.file.flow === flow.id) return { ok: true, file: loaded.file };
  const parsed = parseJson(read.bytes);
  const place = parsed.ok ? parsed.locate(['flow']) : undefined;
  const message = `these tests are for the flow ${loaded.file.flow}, but ${flowPath} is the flow ${flow.id} ("${flow.name}")`;
  return { ok: false, problem: { path: testPath, message, line: place?.line, column: place?.column } };
}

/** Where the test file of the flow file at `flowPath` is: beside it, with the same stem. */
export function testPathBeside(flowPath: string): string {
  return flowPath.slice(0, -FLOW_FILE_SUFFIX.length) + FLOW_TEST_SUFFIX;
}

/** The tests a pack carries, each run against the pack's flow it names; the pack's flows are what they call. */
function readPackTests(path: string, maxBytes: number, problems: InputProblem[]): TestSuite[] {
  const read = readDocumentFile(path, maxBytes);
  if (!read.ok) return void problems.push({ path, message: read.message }), [];
  const parsed = parseJson(read.bytes);
  if (!parsed.ok) return void problems.push({ path, message: parsed.message, line: parsed.line, column: parsed.column }), [];
  const loaded = loadPack(parsed.value);
  if (!loaded.pack) {
    const first = loaded.diagnostics[0];
    const place = first?.path ? parsed.locate(first.path) : undefined;
    return void problems.push({ path, message: `not a pack this version can read: ${first?.message ?? 'unknown problem'}`, ...place }), [];
  }
  const packFlows = loaded.flows.map((entry) => entry.flow);
  const flows = flowLookup(packFlows);
  const suites: TestSuite[] = [];
  (loaded.pack.tests ?? []).forEach((tests, index) => {
    const flow = packFlows.find((candidate) => candidate.id === tests.flow);
    if (!flow) {
      const place = parsed.locate(['tests', index, 'flow']);
      problems.push({ path, message: `the pack's tests for the flow ${tests.flow} have no such flow in the pack`, ...place });
      return;
    }
    suites.push({ flow, flowPath: path, testPath: path, tests, flows });
  });
  return suites;
}

function once(seen: Set<string>, path: string): boolean {
  const key = resolve(path);
  if (seen.has(key)) return false;
  seen.add(key);
  return true;
}

/**
 * The test files beside the flow files of `documents`, read when asked for by flow id (export
 * asks only for the flows it packs); a test file that cannot be used is recorded in `problems`.
 */
export function testsBeside(documents: readonly CheckedDocument[], maxBytes: number): { of: (flowId: string) => FlowTestFile | undefined; problems: InputProblem[] } {
  const problems: InputProblem[] = [];
  const byId = new Map<string, CheckedDocument>();
  for (const document of documents) if (document.flow && !byId.has(document.flow.id)) byId.set(document.flow.id, document);
  const of = (flowId: string): FlowTestFile | undefined => {
    const document = byId.get(flowId);
    if (!document?.flow) return undefined;
    const testPath = testPathBeside(document.report.path);
    if (!existsSync(testPath)) return undefined;
    const read = readTestFileFor(document.flow, document.report.path, testPath, maxBytes);
    if (read.ok) return read.file;
    problems.push(read.problem);
    return undefined;
  };
  return { of, problems };
}

/** A problem as one line: `path:line:column: error message`, the position left out where there is none. */
export function formatProblem(problem: InputProblem): string {
  const place = problem.line === undefined ? '' : `:${problem.line}${problem.column === undefined ? '' : `:${problem.column}`}`;
  return `${printable(problem.path)}${place}: error ${printable(problem.message)}`;
}
