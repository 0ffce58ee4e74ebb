import { liveViewActions } from './live-view-actions';
import { createLiveViewStore } from './live-view-store';

/** The editor's live view (one at a time: the flow of the active tab). */
export const useLiveView = createLiveViewStore(liveViewActions);

/** How often an open live view reads the tenant's figures again. */
export const LIVE_VIEW_REFRESH_MS = 5000;
