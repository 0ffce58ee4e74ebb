import { appEs } from './app';
import { canvasEs } from './canvas';
import { actionsEs } from './actions';
import { simulatorEs } from './simulator';

/** Every string of the editor's UI in Spanish: one i18next namespace. */
export const uiEs = { ...appEs, ...canvasEs, ...actionsEs, ...simulatorEs };

/** What a lazy import of this language's folder loads. */
export default uiEs;
