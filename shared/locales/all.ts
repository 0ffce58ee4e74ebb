import { registerCatalogTexts } from './catalog-registry';
import { language as en } from './en';
import { language as es } from './es';
import type { LanguageFolder } from './language';
import type { Locale } from './locales';
import { LOCALES } from './locales';
import { language as ptBR } from './pt-BR';

/**
 * Every language's folder, by its BCP 47 tag (locales.ts lists the tags): what the Node side
 * (the CLI, the tenant server, the desktop main process, the browser host) and the tests speak,
 * all of it at once.
 *
 * @remarks
 * Importing this module also registers every language's catalog texts, so step types answer in
 * every language synchronously: each of those entry points imports it. The editor never does: it
 * loads one language's texts when that language is on screen (renderer/src/i18n/i18n.ts).
 */
export const LANGUAGES: Readonly<Record<Locale, LanguageFolder>> = { en, 'pt-BR': ptBR, es };

for (const locale of LOCALES) if (locale !== 'en') registerCatalogTexts(locale, LANGUAGES[locale].catalog);
