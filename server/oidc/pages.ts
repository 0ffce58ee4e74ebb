import type { ConsentScope, PageLanguage } from './page-strings';
import { PAGE_STRINGS } from './page-strings';

/** Text for HTML: the pages show names people typed (tenants, persons), never trusted as markup. */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (char) => `&#${char.charCodeAt(0)};`);
}

/** A whole page: plain HTML that a screen reader and a keyboard handle, no script, no external resource. */
export function page(language: PageLanguage, title: string, body: string): string {
  return `<!DOCTYPE html>
<html lang="${language}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="referrer" content="no-referrer">
<title>${escapeHtml(title)}</title>
<style>body{font:16px/1.5 system-ui,sans-serif;max-width:28rem;margin:3rem auto;padding:0 1rem}label{display:block;margin-top:1rem}input,select{display:block;width:100%;font:inherit;padding:.4rem;box-sizing:border-box}button{font:inherit;margin-top:1.25rem;margin-right:.5rem;padding:.4rem 1rem}[role=alert]{color:#a00;font-weight:600}</style>
</head>
<body>
<main>
<h1>${escapeHtml(title)}</h1>
${body}
</main>
</body>
</html>`;
}

/**
 * The headers every sign-in page goes out with: never cached, never framed (clickjacking a
 * consent), no script at all. No form-action: browsers apply it to the redirects after a
 * post too, and the last one goes to the client's own redirect address.
 */
export const PAGE_HEADERS = {
  'content-type': 'text/html; charset=utf-8',
  'cache-control': 'no-store',
  'x-frame-options': 'DENY',
  'content-security-policy': "default-src 'none'; style-src 'unsafe-inline'; frame-ancestors 'none'",
} as const;

const alert = (text: string | undefined) => (text ? `<p role="alert">${escapeHtml(text)}</p>\n` : '');

export interface SignInForm {
  action: string;
  client: string;
  email?: string | undefined;
  error?: string | undefined;
  /** The tenants to choose from when the address and password fit people of several. */
  tenants?: { id: string; name: string }[] | undefined;
}

export function signInPage(language: PageLanguage, form: SignInForm): string {
  const t = PAGE_STRINGS[language];
  const tenants = form.tenants
    ? `<p>${escapeHtml(t.chooseTenant)}</p>
<label for="tenant">${escapeHtml(t.tenant)}</label>
<select id="tenant" name="tenant" required>${form.tenants.map((tenant) => `<option value="${escapeHtml(tenant.id)}">${escapeHtml(tenant.name)}</option>`).join('')}</select>\n`
    : '';
  return page(
    language,
    t.signInTitle,
    `<p>${escapeHtml(t.signInIntro(form.client))}</p>
${alert(form.error)}<form method="post" action="${escapeHtml(form.action)}">
<label for="email">${escapeHtml(t.email)}</label>
<input id="email" name="email" type="email" autocomplete="username" required value="${escapeHtml(form.email ?? '')}">
<label for="password">${escapeHtml(t.password)}</label>
<input id="password" name="password" type="password" autocomplete="current-password" required>
${tenants}<button type="submit">${escapeHtml(t.signIn)}</button>
</form>`,
  );
}

export interface ConsentForm {
  action: string;
  client: string;
  person: string;
  tenant: string;
  scopes: ConsentScope[];
}

export function consentPage(language: PageLanguage, form: ConsentForm): string {
  const t = PAGE_STRINGS[language];
  return page(
    language,
    t.consentTitle,
    `<p>${escapeHtml(t.consentIntro(form.client, form.person, form.tenant))}</p>
<ul>
${form.scopes.map((scope) => `<li>${escapeHtml(t.scopes[scope])}</li>`).join('\n')}
</ul>
<form method="post" action="${escapeHtml(form.action)}">
<button type="submit" name="decision" value="allow">${escapeHtml(t.allow)}</button>
<button type="submit" name="decision" value="deny">${escapeHtml(t.deny)}</button>
</form>`,
  );
}
