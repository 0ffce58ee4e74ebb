import type { LanguageFolder } from '../language';
import { nativeEs } from './native';

/** Spanish: how it names itself and its native menus (its UI strings load from ui.ts when used). */
export const language: LanguageFolder = { name: 'Español', native: nativeEs };
