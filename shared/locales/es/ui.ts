import { appEs } from './app';
import { canvasEs } from './canvas';
import { actionsEs } from './actions';

/** Every string of the editor's UI in Spanish: one i18next namespace. */
export const uiEs = { ...appEs, ...canvasEs, ...actionsEs };

/** What a lazy import of this language's folder loads. */
export default uiEs;
