import type { ActionImplementation } from '../actions/action';
import { withDocument } from '../actions/action';
import { useDocuments } from '../documents/documents-store';
import { useLiveView } from './live-view';

/** Shows the statistics of the active flow's copy on a tenant over its canvas, or hides them. */
export const toggleLiveView: ActionImplementation = {
  perform: ({ docId }) => {
    const flowId = docId ? useDocuments.getState().docs[docId]?.flow.id : undefined;
    const live = useLiveView.getState();
    if (!flowId || live.flowId === flowId) return live.close();
    return live.open(flowId);
  },
  enabled: withDocument,
};
