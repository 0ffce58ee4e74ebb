import { serializeFlow } from '../../../shared/format/flow-file';
import { useDocuments } from './documents-store';
import { serializeDocument } from './open-document';
import { hostClient } from '../host/host-client';
import { copyOfFlow } from '../../../shared/format/copy-flow';
import { parseFlowText } from './load-document';
import { slugify } from '../../../shared/host/flow-file-stem';
import { closeNow } from './document-files';
import { messageOf } from '../ui/message-of';
import { translate } from '../i18n/i18n';
import { useUi } from '../ui/ui-store';

/**
 * Save As: writes the editor's content to a new file at `path` and continues there. The copy
 * gets a new flow id, because the original file stays and two files must not claim one flow.
 * Refused writes (EXISTS, OUTSIDE_WORKSPACE...) throw, nothing changed.
 */
export async function saveCopyAs(docId: string, path: string): Promise<void> {
  const doc = useDocuments.getState().docs[docId];
  if (!doc) return;
  const flow = copyOfFlow(parseFlowText(serializeDocument(doc)), doc.flow.name);
  const text = serializeFlow(flow);
  const { revision } = await hostClient.call('flow:write', { path, text, baseRevision: null });
  // The original keeps its unsaved edits in the journal until closed; they now live in the copy.
  closeNow(docId);
  useDocuments.getState().openDocument({ path, text, revision });
}

/** The file name Save As suggests: the flow's name as a file stem, marked as a copy. */
export const suggestedCopyName = (flowName: string | undefined) => `${slugify(flowName ?? 'flow')}-copy`;

/**
 * Save As in the desktop app: its native Save dialog (in the workspace) chooses the file, and
 * a refusal (a place outside the workspace, a file that exists) is shown as a notice.
 */
export async function saveCopyWithNativeDialog(docId: string): Promise<void> {
  const doc = useDocuments.getState().docs[docId];
  if (!doc) return;
  try {
    const { path } = await hostClient.call('dialog:chooseFlowPath', { suggestedName: suggestedCopyName(doc.flow.name) });
    if (path !== null) await saveCopyAs(docId, path);
  } catch (error) {
    useUi.getState().notify(translate('saveAs.failed', { message: messageOf(error) }), 'error');
  }
}
