import { matchLocale } from '../../shared/locales/locales';
import type { Locale } from '../../shared/locales/locales';
import type { Translation } from '../../shared/locales/translation';
import { nativeEn } from '../../shared/locales/en/native';
import { LANGUAGES } from '../../shared/locales/all';
import type { AppCommand } from '../../shared/host/contract';

/** Everything native the desktop shell shows: menus (commands and menu titles) and dialogs. */
export type NativeLabels = Translation<typeof nativeEn>;
export type DialogLabels = NativeLabels['dialogs'];

// Every command the menus show has its label in the source language (a missing one fails to compile).
const COMMAND_LABELS_COMPLETE: Record<AppCommand, string> = nativeEn.commands;
void COMMAND_LABELS_COMPLETE;

/**
 * The language of native menus and dialogs for a system locale (`app.getLocale()`), matched
 * with the renderer's matcher; English when the product does not speak it. They follow the
 * system, not a language chosen inside the app.
 */
export function nativeLanguageFor(locale: string): Locale {
  return matchLocale(locale) ?? 'en';
}

/** The native labels for a system locale. */
export function nativeLabels(locale: string): NativeLabels {
  return LANGUAGES[nativeLanguageFor(locale)].native;
}
