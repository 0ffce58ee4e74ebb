import type { ActionName } from '../../../shared/host/actions';
import type { ActionImplementation } from '../actions/action';
import { autoLayout } from './actions/auto-layout';
import { copy } from './actions/copy';
import { cut } from './actions/cut';
import { fitView } from './actions/fit-view';
import { paste } from './actions/paste';
import { zoomIn } from './actions/zoom-in';
import { zoomOut } from './actions/zoom-out';
import { zoomReset } from './actions/zoom-reset';

/** The actions that act on a document's canvas: the clipboard, the view and the layout. */
export const CANVAS_ACTIONS = {
  cut,
  copy,
  paste,
  zoomIn,
  zoomOut,
  zoomReset,
  fitView,
  autoLayout,
} satisfies Partial<Record<ActionName, ActionImplementation>>;
