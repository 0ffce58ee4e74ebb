import type { LanguageFolder } from '../language';
import { actionsEn } from './actions';
import { catalogEn } from './catalog';
import { nativeEn } from './native';

/** English, the source every other language translates: how it names itself and its native menus and the catalog's texts (its UI strings load from ui.ts when used). */
export const language: LanguageFolder = { name: 'English', native: nativeEn, actions: actionsEn, catalog: catalogEn };
