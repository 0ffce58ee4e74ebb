import type { LanguageFolder } from '../language';
import { actionsEs } from './actions';
import { catalogEs } from './catalog';
import { nativeEs } from './native';

/** Spanish: its native menus and the catalog's texts (its UI strings load from ui.ts when used). */
export const language: LanguageFolder = { native: nativeEs, actions: actionsEs, catalog: catalogEs };
