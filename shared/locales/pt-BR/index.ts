import type { LanguageFolder } from '../language';
import { nativePtBR } from './native';

/** Brazilian Portuguese: how it names itself and its native menus (its UI strings load from ui.ts when used). */
export const language: LanguageFolder = { name: 'Português (Brasil)', native: nativePtBR };
