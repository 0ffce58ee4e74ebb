import { appEn } from './app';
import { canvasEn } from './canvas';
import { actionsEn } from './actions';

/** Every string of the editor's UI in English: one i18next namespace. */
export const uiEn = { ...appEn, ...canvasEn, ...actionsEn };

/** What a lazy import of this language's folder loads. */
export default uiEn;
