import type { Locale } from '../../../shared/locales/locales';
import { HostCallError } from './host-call-error';

type Translate = (key: string, options: Record<string, unknown>) => string;

/**
 * What went wrong, in the UI's language. The host words its errors in English; a UI in another
 * language says what the error's code means instead (`hostErrors.<CODE>`), so a translated
 * sentence that quotes the failure ("Não foi possível salvar: …") holds no English. English
 * keeps the host's own, more precise words.
 */
export function errorText(error: unknown, t: Translate, locale: Locale): string {
  if (error instanceof HostCallError && locale !== 'en') {
    const text = t(`hostErrors.${error.code}`, { defaultValue: '' });
    if (text !== '') return text;
  }
  return error instanceof Error ? error.message : String(error);
}
