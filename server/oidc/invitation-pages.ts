import { PASSWORD_MAX_CHARS, PASSWORD_MIN_CHARS } from '../auth/password';
import type { PageLanguage } from './page-strings';
import { PAGE_STRINGS } from './page-strings';
import { escapeHtml, page } from './pages';

export interface InvitationForm {
  action: string;
  email: string;
  tenant: string;
  error?: string | undefined;
}

/** Where an invited person chooses their password: typed twice, so a slip of the finger does not lock them out. */
export function invitationPage(language: PageLanguage, form: InvitationForm): string {
  const t = PAGE_STRINGS[language];
  const alert = form.error ? `<p role="alert">${escapeHtml(form.error)}</p>\n` : '';
  return page(
    language,
    t.invitationTitle,
    `<p>${escapeHtml(t.invitationIntro(form.email, form.tenant))}</p>
${alert}<form method="post" action="${escapeHtml(form.action)}">
<input type="hidden" name="username" autocomplete="username" value="${escapeHtml(form.email)}">
<label for="password">${escapeHtml(t.newPassword)}</label>
<input id="password" name="password" type="password" autocomplete="new-password" minlength="${PASSWORD_MIN_CHARS}" maxlength="${PASSWORD_MAX_CHARS}" required aria-describedby="rule">
<p id="rule">${escapeHtml(t.passwordRule(PASSWORD_MIN_CHARS, PASSWORD_MAX_CHARS))}</p>
<label for="confirm">${escapeHtml(t.repeatPassword)}</label>
<input id="confirm" name="confirm" type="password" autocomplete="new-password" required>
<button type="submit">${escapeHtml(t.setPassword)}</button>
</form>`,
  );
}

export function passwordSetPage(language: PageLanguage, person: { email: string; tenant: string }): string {
  const t = PAGE_STRINGS[language];
  return page(language, t.passwordSetTitle, `<p>${escapeHtml(t.passwordSet(person.email, person.tenant))}</p>`);
}

/** A link that no longer opens the form: used, expired, or never one; the page says which and what to do. */
export function invitationClosedPage(language: PageLanguage, closed: { state: 'used' } | { state: 'expired'; expiresAt: Date } | { state: 'unknown' } | { state: 'limited'; seconds: number }): string {
  const t = PAGE_STRINGS[language];
  const why =
    closed.state === 'used'
      ? t.invitationUsed
      : closed.state === 'expired'
        ? t.invitationExpired(new Intl.DateTimeFormat(language, { dateStyle: 'long', timeStyle: 'long', timeZone: 'UTC' }).format(closed.expiresAt))
        : closed.state === 'limited'
          ? t.tooManyInvitationAttempts(closed.seconds)
          : t.invitationUnknown;
  return page(language, closed.state === 'limited' ? t.invitationTitle : t.invitationClosedTitle, `<p role="alert">${escapeHtml(why)}</p>`);
}
