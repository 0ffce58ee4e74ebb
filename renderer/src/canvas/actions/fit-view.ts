import { canvasFor } from '../canvas-registry';
import { fitViewClearOfCovers } from '../fit-view';
import type { ActionImplementation } from '../../actions/action';
import { withDocument } from '../../actions/action';
import { ZOOM_DURATION } from './view-motion';

/** Fit view: the whole flow in sight, clear of the panels that cover the canvas. */
export const fitView: ActionImplementation = {
  perform: ({ docId }) => (docId ? fitViewClearOfCovers(canvasFor(docId), ZOOM_DURATION) : undefined),
  enabled: withDocument,
};
