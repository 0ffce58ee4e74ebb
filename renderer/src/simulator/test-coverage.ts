import { useDocuments } from '../documents/documents-store';
import { useRunMarks } from '../documents/run-marks';
import type { RunMark } from '../documents/run-marks';
import { hostClient } from '../host/host-client';
import type { HostClient } from '../host/host-client';
import { flowLookup } from '../../../shared/runtime/flow-lookup';
import { runTestFile } from '../../../shared/runtime/run-test-file';

/** What measuring the saved tests' coverage gave, for the panel to word. */
export type CoverageOutcome =
  | { kind: 'shown'; tests: number; failing: number; steps: { reached: number; total: number }; ports: { taken: number; total: number } }
  | { kind: 'noTests' }
  | { kind: 'unsaved' }
  | { kind: 'unreadable'; message: string }
  | { kind: 'failed'; error: unknown };

/**
 * Runs the flow's saved tests against the flow as it is in the editor (unsaved edits included)
 * and dims on its canvas the steps no test reaches and the connections from outputs no test
 * leaves by, as `flowpack test` reports them. Reusable flows a test calls are looked up among
 * the open flows.
 */
export async function showTestCoverage(docId: string, client: HostClient = hostClient): Promise<CoverageOutcome> {
  const doc = useDocuments.getState().docs[docId];
  if (!doc || doc.revision === null) return { kind: 'unsaved' };
  try {
    const read = await client.call('flowTests:read', { flowPath: doc.path });
    if (read.problem) return { kind: 'unreadable', message: read.problem.line === undefined ? read.problem.message : `${read.path}:${read.problem.line}:${read.problem.column ?? 1}: ${read.problem.message}` };
    if (!read.file || read.file.tests.length === 0) return { kind: 'noTests' };
    const flow = useDocuments.getState().docs[docId]?.flow ?? doc.flow;
    const open = Object.values(useDocuments.getState().docs).map((each) => each.flow);
    const { results, coverage } = runTestFile(flow, read.file, { flows: flowLookup(open) });
    const unreached = new Set(coverage.unreachedSteps);
    const untaken = new Set(coverage.untakenPorts.map((port) => `${port.node}\u0000${port.port}`));
    const steps: Record<string, RunMark> = {};
    for (const id of unreached) steps[id] = 'uncovered';
    const untested = flow.edges.filter((edge) => untaken.has(`${edge.source}\u0000${edge.sourcePort}`)).map((edge) => edge.id);
    useRunMarks.getState().show(docId, { steps, connections: [], untested });
    return { kind: 'shown', tests: results.length, failing: results.filter((result) => !result.passed).length, steps: coverage.steps, ports: coverage.ports };
  } catch (error) {
    return { kind: 'failed', error };
  }
}

/** Takes the coverage off the canvas. */
export function hideTestCoverage(docId: string): void {
  useRunMarks.getState().clear(docId);
}
