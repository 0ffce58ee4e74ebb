import { localeForAcceptLanguage } from '../../../shared/locales/accept-language';
import { LANGUAGES } from '../../../shared/locales/all';

/**
 * The page the browser tab shows once the tenant sent it back to the app (the desktop app's
 * loopback server, the browser host's redirect route), in the browser's language: the person
 * goes back to the editor, which says how the sign-in ended in its own words.
 */
export function signInBackPage(acceptLanguage: string | undefined, outcome: 'done' | 'failed'): string {
  const locale = localeForAcceptLanguage(acceptLanguage);
  const text = LANGUAGES[locale].native.signInBack[outcome];
  return `<!doctype html><html lang="${locale}"><meta charset="utf-8"><title>Flowpack Studio</title><p>${text}</p></html>`;
}
