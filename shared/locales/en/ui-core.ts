import { appEn } from './app';
import { canvasEn } from './canvas';
import { actionsEn } from './actions';

/**
 * The English strings the editor needs from its first screen. The panels that load on first use
 * (the simulator) bring their English strings with them, so the start holds only these.
 */
export const uiCoreEn = { ...appEn, ...canvasEn, ...actionsEn };
