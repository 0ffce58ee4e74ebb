import { canvasFor } from '../canvas-registry';
import type { ActionImplementation } from '../../actions/action';
import { withDocument } from '../../actions/action';
import { ZOOM_DURATION } from './view-motion';

/** Zoom in on the document's canvas, when it is shown. */
export const zoomIn: ActionImplementation = {
  perform: ({ docId }) => (docId ? canvasFor(docId)?.instance.zoomIn({ duration: ZOOM_DURATION }) : undefined),
  enabled: withDocument,
};
