import { language as en } from './en';
import { language as es } from './es';
import { language as ptBR } from './pt-BR';

/**
 * Every language the product speaks, each a folder beside this file, by its BCP 47 tag; English
 * first, the source and fallback. Adding a language is its folder and its line here.
 *
 * @remarks
 * Only what each folder's index.ts holds: the UI strings stay out of this module, so the
 * editor bundles none of them eagerly and loads only the language on screen.
 */
export const LANGUAGES = { en, 'pt-BR': ptBR, es } as const;
