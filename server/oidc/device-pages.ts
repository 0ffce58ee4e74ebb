import { escapeHtml, page } from './pages';
import type { PageLanguage } from './page-strings';
import { PAGE_STRINGS } from './page-strings';

/**
 * The device authorization pages. The library hands over its form (hidden anti-forgery field,
 * the code) to embed; these pages label its code field and give the submit buttons their text.
 */
export function deviceInputPage(language: PageLanguage, form: string, error: (Error & { userCode?: string }) | undefined): string {
  const t = PAGE_STRINGS[language];
  let message = t.deviceIntro;
  let isError = false;
  if (error) {
    isError = true;
    if (error.userCode || error.name === 'NoCodeError') message = t.deviceWrongCode;
    else if (error.name === 'AbortedError') message = t.deviceInterrupted;
    else message = t.deviceFailed;
  }
  // The library's input has no id or label: give it both, and the field's name as typed.
  const labelled = form.replace('name="user_code"', `id="user_code" name="user_code" aria-label="${escapeHtml(t.deviceCode)}"`).replace('placeholder="Enter code"', '');
  return page(
    language,
    t.deviceTitle,
    `<p${isError ? ' role="alert"' : ''}>${escapeHtml(message)}</p>
<label for="user_code">${escapeHtml(t.deviceCode)}</label>
${labelled}
<button type="submit" form="op.deviceInputForm">${escapeHtml(t.continue)}</button>`,
  );
}

export function deviceConfirmPage(language: PageLanguage, form: string, client: string, userCode: string): string {
  const t = PAGE_STRINGS[language];
  return page(
    language,
    t.deviceConfirmTitle,
    `<p>${escapeHtml(t.deviceConfirmIntro(client))}</p>
<p><code>${escapeHtml(userCode)}</code></p>
${form}
<button type="submit" form="op.deviceConfirmForm">${escapeHtml(t.continue)}</button>
<button type="submit" form="op.deviceConfirmForm" name="abort" value="yes">${escapeHtml(t.deviceAbort)}</button>`,
  );
}

export function deviceDonePage(language: PageLanguage, client: string): string {
  const t = PAGE_STRINGS[language];
  return page(language, t.deviceDoneTitle, `<p>${escapeHtml(t.deviceDone(client))}</p>`);
}

/** A refused sign-in request: the library's error code and description (never a token), in a plain page. */
export function errorPage(language: PageLanguage, out: { error?: string; error_description?: string }): string {
  const t = PAGE_STRINGS[language];
  const detail = [out.error, out.error_description].filter(Boolean).join(': ');
  return page(language, t.errorTitle, `<p>${escapeHtml(t.errorIntro)}</p>\n<p role="alert">${escapeHtml(detail)}</p>`);
}
