import { useDocuments } from '../documents/documents-store';
import { errorCount, warningCount } from '../documents/open-document';
import type { ProblemCounts } from './library-filter';

/** What the library shows of an open document instead of the last listing: it may have changed since. */
export interface LiveFacts {
  name: string;
  errors: number;
  warnings: number;
}

/**
 * The live name and problem counts of the open documents, as one string (one tab-separated
 * line per document) so the library re-renders only when one of them changes, not on every edit.
 */
export function useOpenDocumentFacts(): string {
  return useDocuments((state) =>
    state.order
      .map((id) => state.docs[id])
      .filter((doc) => doc !== undefined)
      .map((doc) => [doc.path, errorCount(doc), warningCount(doc), doc.flow.name.replace(/[\t\n]/g, ' ')].join('\t'))
      .join('\n'),
  );
}

/** The facts by path, parsed back from {@link useOpenDocumentFacts}. */
export function parseFacts(facts: string): Map<string, LiveFacts> {
  const live = new Map<string, LiveFacts>();
  for (const line of facts.split('\n')) {
    const [path, errors, warnings, name = ''] = line.split('\t');
    if (path) live.set(path, { name, errors: Number(errors), warnings: Number(warnings) });
  }
  return live;
}

/** Counts for the library: an open flow's live counts, else the host's from the last listing. */
export function countsFrom(live: ReadonlyMap<string, LiveFacts>): ProblemCounts {
  return (summary, path) => live.get(path) ?? { errors: summary.errors, warnings: summary.warnings };
}
