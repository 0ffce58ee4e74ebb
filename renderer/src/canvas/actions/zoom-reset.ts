import { canvasFor } from '../canvas-registry';
import type { ActionImplementation } from '../../actions/action';
import { withDocument } from '../../actions/action';
import { ZOOM_DURATION } from './view-motion';

/** Zoom to 100% on the document's canvas, when it is shown. */
export const zoomReset: ActionImplementation = {
  perform: ({ docId }) => (docId ? canvasFor(docId)?.instance.zoomTo(1, { duration: ZOOM_DURATION }) : undefined),
  enabled: withDocument,
};
