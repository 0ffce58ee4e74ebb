import type { LanguageFolder } from '../language';
import { actionsPtBR } from './actions';
import { catalogPtBR } from './catalog';
import { nativePtBR } from './native';

/** Brazilian Portuguese: its native menus and the catalog's texts (its UI strings load from ui.ts when used). */
export const language: LanguageFolder = { native: nativePtBR, actions: actionsPtBR, catalog: catalogPtBR };
