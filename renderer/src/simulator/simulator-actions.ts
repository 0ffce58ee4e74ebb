import { hostClient } from '../host/host-client';
import type { HostClient } from '../host/host-client';
import { useDocuments } from '../documents/documents-store';
import { isDirty } from '../documents/open-document';
import { testCaseOf } from './simulation-run';
import { lastRun, useSimulations } from './simulation-store';

/** How saving a simulation as a test went, for the panel to word. */
export type SaveTestOutcome =
  | { kind: 'saved'; path: string; name: string; dirty: boolean }
  | { kind: 'unsaved' }
  | { kind: 'noRun' }
  | { kind: 'failed'; error: unknown };

/**
 * Saves the document's simulation as a named test in the flow's test file beside it
 * (`flowTests:save`): its trigger, subject, world and inputs, and as expected what the run did
 * (path, effects, outcome). A flow never saved has no file to sit beside, so it is refused; a
 * flow with unsaved changes is saved into its tests all the same, with a reminder.
 */
export async function saveSimulationAsTest(docId: string, name: string, client: HostClient = hostClient): Promise<SaveTestOutcome> {
  const doc = useDocuments.getState().docs[docId];
  if (!doc || doc.revision === null) return { kind: 'unsaved' };
  const simulation = useSimulations.getState().byDoc[docId];
  const run = lastRun(simulation);
  if (!simulation || !run) return { kind: 'noRun' };
  try {
    const test = testCaseOf(doc.flow, simulation.setup, simulation.inputs, run, name.trim());
    const saved = await client.call('flowTests:save', { flowPath: doc.path, flowId: doc.flow.id, test });
    return { kind: 'saved', path: saved.path, name: test.name, dirty: isDirty(doc) };
  } catch (error) {
    return { kind: 'failed', error };
  }
}

/** The names of the tests the flow already has, to suggest a free one; none when it has no test file or it cannot be read. */
export async function savedTestNames(docId: string, client: HostClient = hostClient): Promise<string[]> {
  const doc = useDocuments.getState().docs[docId];
  if (!doc || doc.revision === null) return [];
  try {
    const read = await client.call('flowTests:read', { flowPath: doc.path });
    return read.file?.tests.map((test) => test.name) ?? [];
  } catch {
    return [];
  }
}
