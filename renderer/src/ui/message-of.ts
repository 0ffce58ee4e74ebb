import { errorText } from '../host/host-error-text';
import { translate } from '../i18n/i18n';
import { currentLocale } from '../i18n/locale';

/** What went wrong, for a notice: a host error in the UI's language (host-error-text.ts), else the error's message. */
export function messageOf(error: unknown): string {
  return errorText(error, translate, currentLocale());
}
