import type { Flow } from '../../../shared/format/flow-schema';
import { isWorkspacePath } from '../../../shared/host/workspace-paths';
import { useDiffMarks } from '../documents/diff-marks';
import { useDocuments } from '../documents/documents-store';
import { translate } from '../i18n/i18n';
import { canvasDiff } from '../../../shared/sync/canvas-diff';
import type { TenantActions } from './tenant-actions';

/** Which tenant flow's revisions: the connection it is read through and the flow. */
export interface RevisionSource {
  connection: { id: string; name: string };
  flowId: string;
}

/**
 * The document id of a tenant revision opened on the canvas. It is deliberately not a
 * workspace path (`//` makes an empty segment, which `isWorkspacePath` refuses), so the host
 * refuses any file call made with it: nothing can write a revision over a workspace file.
 */
export function revisionDocumentPath({ connection, flowId }: RevisionSource, revision: number): string {
  const path = `tenant-revision://${connection.id}/${flowId}/${revision}`;
  if (isWorkspacePath(path)) throw new Error('a revision document must never be a workspace path');
  return path;
}

/** Opens one revision read-only on the canvas (or switches to it); answers its document id. */
export function showRevision(source: RevisionSource, revision: number, document: Flow): string {
  const reason = translate('tenants.revisions.readOnlyReason', { revision, flow: document.name, tenant: source.connection.name });
  const tabName = translate('tenants.revisions.tabName', { revision, flow: document.name });
  return useDocuments.getState().openReadOnly({ path: revisionDocumentPath(source, revision), flow: document, reason, tabName });
}

/** Reads a revision from the tenant and opens it read-only. */
export async function openRevision(actions: Pick<TenantActions, 'revision'>, source: RevisionSource, revision: number): Promise<string> {
  const { revision: detail } = await actions.revision(source.connection.id, source.flowId, revision);
  return showRevision(source, revision, detail.document);
}

/**
 * Compares two revisions on the canvas: the newer one opens read-only with the canvas compare
 * of what it changed against the older one (marked steps, the older one's removed steps).
 */
export async function compareRevisions(actions: Pick<TenantActions, 'revision'>, source: RevisionSource, older: number, newer: number): Promise<string> {
  const [before, after] = await Promise.all([older, newer].map((revision) => actions.revision(source.connection.id, source.flowId, revision)));
  const docId = showRevision(source, newer, after!.revision.document);
  useDiffMarks.getState().show(docId, { against: translate('tenants.revisions.against', { revision: older }), ...canvasDiff(before!.revision.document, after!.revision.document) });
  return docId;
}
