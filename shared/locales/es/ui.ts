import { appEs } from './app';
import { canvasEs } from './canvas';

/** Every string of the editor's UI in Spanish: one i18next namespace. */
export const uiEs = { ...appEs, ...canvasEs };

/** What a lazy import of this language's folder loads. */
export default uiEs;
