import type { Flow } from '../../format/flow-schema';
import { copyJson } from '../../json/copy-json';
import type { FlowTestFile } from '../../runtime/flow-test-schema';
import type { SanitisationItem } from '../pack-schema';
import { scrubStringsEverywhere } from './secret-values';
import { KeepList, REMOVED_MARK } from './text-scrubber';
import { ValueRemover } from './value-remover';

/** A flow's test file as it goes into a pack, and what export removed from it or kept on purpose. */
export interface SanitisedTests {
  file: FlowTestFile;
  items: SanitisationItem[];
  kept: SanitisationItem[];
}

/**
 * Applies export's text rules to a copy of a flow's test file: a test's contact, replies,
 * answers and expected texts are written by a person and may hold a real address, phone number
 * or token, which must not leave with a shared pack any more than the flow's own texts may.
 * Items name the flow and a path from the test file's root (`["tests", 0, "subject", ...]`).
 * A test that expected a removed value will then fail in the pack, which says what was removed.
 */
export function sanitiseTestFile(file: FlowTestFile, flow: Flow, keep: KeepList = new KeepList()): SanitisedTests {
  const copy = copyJson(file);
  const remover = new ValueRemover(copy);
  const items: SanitisationItem[] = [];
  const kept: SanitisationItem[] = [];
  scrubStringsEverywhere(
    copy.tests,
    ['tests'],
    keep,
    { replace: (path, value) => remover.replace(path, value), remove: (path) => remover.remove(path) },
    (path, finding) => {
      const item: SanitisationItem = { flowId: flow.id, flowName: flow.name, path: [...path], what: `${finding.what} in a test`, action: finding.kept ? 'kept' : 'removed' };
      (finding.kept ? kept : items).push(item);
    },
  );
  remover.finish();
  // A test is known by its name: one that was nothing but an address still needs one.
  for (const test of copy.tests) if (test.name.trim() === '') test.name = REMOVED_MARK;
  return { file: copy, items, kept };
}
