import { appEn } from './app';
import { canvasEn } from './canvas';
import { actionsEn } from './actions';
import { simulatorEn } from './simulator';

/** Every string of the editor's UI in English: one i18next namespace. */
export const uiEn = { ...appEn, ...canvasEn, ...actionsEn, ...simulatorEn };

/** What a lazy import of this language's folder loads. */
export default uiEn;
