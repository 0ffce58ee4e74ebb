import { appPtBR } from './app';
import { canvasPtBR } from './canvas';
import { actionsPtBR } from './actions';
import { simulatorPtBR } from './simulator';

/** Every string of the editor's UI in Brazilian Portuguese: one i18next namespace. */
export const uiPtBR = { ...appPtBR, ...canvasPtBR, ...actionsPtBR, ...simulatorPtBR };

/** What a lazy import of this language's folder loads. */
export default uiPtBR;
