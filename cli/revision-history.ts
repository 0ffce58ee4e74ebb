import type { Flow } from '../shared/format/flow-schema';
import type { DiffCounts } from '../shared/sync/diff-counts';
import { isTenantApiError } from '../shared/tenant-api/http/tenant-error';
import type { ActorPerson } from '../shared/tenant-api/people';
import type { TenantClient } from '../shared/tenant-api/tenant-client';
import { CommandError } from './cli-error';
import { summariseRevisions } from '../shared/sync/revision-history';
import { formatDiffCounts } from './diff-report';
import { printable, quoted } from './printable';

/** One revision as `flowpack revisions` shows it: who saved it, when, and what it changed. */
export interface RevisionEntry {
  revision: number;
  name: string;
  createdAt: string;
  /** The person when the tenant knows one, else the token's label; null when neither is known. */
  by: string | null;
  /** What changed against the revision before; null for the first one kept. */
  changes: DiffCounts | null;
}

/** The person's name and e-mail when the token belongs to one; a machine token by its label. */
export function actorName(person: ActorPerson | undefined, label: string | null): string | null {
  return person ? `${person.name} <${person.email}>` : label;
}

/** A flow's revisions, newest first, each with who saved it and what it changed against the one before. */
export async function revisionHistory(client: TenantClient, id: string): Promise<RevisionEntry[]> {
  const { data } = await client.call('listRevisions', { params: { id } }).catch((error: unknown) => {
    throw notFoundAsCommandError(error, `flow ${id}`);
  });
  const summaries = await summariseRevisions(data.revisions, (revision) => revisionDocument(client, id, revision));
  return summaries.map((entry) => ({ revision: entry.revision, name: entry.name, createdAt: entry.createdAt, by: actorName(entry.createdByUser, entry.createdByLabel), changes: entry.changes }));
}

/** One revision's document; a revision the tenant does not keep is a clear error (exit 2). */
export async function revisionDocument(client: TenantClient, id: string, revision: number): Promise<Flow> {
  try {
    return (await client.call('getRevision', { params: { id, revision } })).data.document;
  } catch (error) {
    throw notFoundAsCommandError(error, `revision ${revision} of the flow ${id}`);
  }
}

function notFoundAsCommandError(error: unknown, what: string): unknown {
  return isTenantApiError(error, 'not-found') ? new CommandError(`the tenant has no ${printable(what)}`) : error;
}

/** The history for a person: one line a revision, newest first. */
export function formatRevisionHistory(entries: RevisionEntry[]): string {
  const lines = entries.map((entry) => {
    const changes = entry.changes === null ? 'first revision kept' : formatDiffCounts(entry.changes);
    return `${entry.revision}  ${entry.createdAt}  ${printable(entry.by ?? 'unknown')}  ${quoted(entry.name)}  ${changes}`;
  });
  return `${lines.join('\n')}\n`;
}
