import { uiCoreEn } from './ui-core';
import { simulatorEn } from './simulator';

/** Every string of the editor's UI in English: one i18next namespace. */
export const uiEn = { ...uiCoreEn, ...simulatorEn };

/** What a lazy import of this language's folder loads. */
export default uiEn;
