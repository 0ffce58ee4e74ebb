import { canvasFor } from '../canvas-registry';
import type { ActionImplementation } from '../../actions/action';
import { withDocument } from '../../actions/action';
import { ZOOM_DURATION } from './view-motion';

/** Zoom out of the document's canvas, when it is shown. */
export const zoomOut: ActionImplementation = {
  perform: ({ docId }) => (docId ? canvasFor(docId)?.instance.zoomOut({ duration: ZOOM_DURATION }) : undefined),
  enabled: withDocument,
};
