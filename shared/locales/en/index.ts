import type { LanguageFolder } from '../language';
import { actionsEn } from './actions';
import { catalogEn } from './catalog';
import { nativeEn } from './native';

/** English, the source every other language translates: its native menus and the catalog's texts (its UI strings load from ui.ts when used). */
export const language: LanguageFolder = { native: nativeEn, actions: actionsEn, catalog: catalogEn };
