import { createHash, randomBytes } from 'node:crypto';
import { request as httpRequest } from 'node:http';
import { SIGN_IN_SCOPE, STUDIO_CLIENT_ID } from '../../shared/tenant-api/sign-in';

/**
 * A browser as the sign-in pages see one: it keeps cookies, follows nothing by itself (the
 * test looks at each redirect), and posts forms as a browser does.
 */
export class TestBrowser {
  private readonly cookies = new Map<string, string>();

  /**
   * @param localAddress - the loopback address this browser connects from (127.0.0.2, ...), so
   *   the server sees another client address than the default 127.0.0.1.
   */
  constructor(
    readonly base: string,
    private readonly language = 'en',
    private readonly localAddress?: string,
  ) {}

  async get(url: string): Promise<Response> {
    return this.keep(await this.send(new URL(url, this.base), 'GET', this.headers()));
  }

  async post(url: string, form: Record<string, string>): Promise<Response> {
    const headers = { ...this.headers(), 'content-type': 'application/x-www-form-urlencoded' };
    return this.keep(await this.send(new URL(url, this.base), 'POST', headers, new URLSearchParams(form).toString()));
  }

  /** fetch cannot choose the address it connects from; node:http can, so a browser with one uses it. */
  private send(url: URL, method: string, headers: Record<string, string>, body?: string): Promise<Response> {
    if (!this.localAddress) return fetch(url, { method, redirect: 'manual', headers, ...(body === undefined ? {} : { body }) });
    return new Promise((resolve, reject) => {
      const sent = httpRequest(url, { method, headers, localAddress: this.localAddress }, (answer) => {
        const chunks: Buffer[] = [];
        answer.on('data', (chunk: Buffer) => chunks.push(chunk));
        answer.on('error', reject);
        answer.on('end', () => {
          const answerHeaders = new Headers();
          for (const [name, value] of Object.entries(answer.headers)) for (const one of [value ?? []].flat()) answerHeaders.append(name, one);
          resolve(new Response(chunks.length > 0 ? Buffer.concat(chunks) : null, { status: answer.statusCode!, headers: answerHeaders }));
        });
      });
      sent.on('error', reject);
      sent.end(body);
    });
  }

  /** Follows redirects on this server, returning the first answer that is not one or the first address elsewhere. */
  async follow(response: Response): Promise<{ response: Response; leftFor?: URL }> {
    let current = response;
    while (current.status >= 300 && current.status < 400) {
      const to = new URL(current.headers.get('location')!, this.base);
      if (to.origin !== new URL(this.base).origin) return { response: current, leftFor: to };
      current = await this.get(to.href);
    }
    return { response: current };
  }

  private headers(): Record<string, string> {
    const cookie = [...this.cookies].map(([name, value]) => `${name}=${value}`).join('; ');
    return { 'accept-language': this.language, ...(cookie ? { cookie } : {}) };
  }

  private keep(response: Response): Response {
    for (const header of response.headers.getSetCookie()) {
      const [pair = '', ...attributes] = header.split(';');
      const at = pair.indexOf('=');
      const name = pair.slice(0, at).trim();
      const value = pair.slice(at + 1).trim();
      const expired = attributes.some((attribute) => /^\s*expires=/i.test(attribute) && new Date(attribute.split('=')[1]!) < new Date());
      if (value === '' || expired) this.cookies.delete(name);
      else this.cookies.set(name, value);
    }
    return response;
  }
}

/** A PKCE pair: the verifier the client keeps and its S256 challenge. */
export function pkcePair(): { verifier: string; challenge: string } {
  const verifier = randomBytes(32).toString('base64url');
  return { verifier, challenge: createHash('sha256').update(verifier).digest('base64url') };
}

/** The form's action on a page (the sign-in and consent pages have one each). */
export function formAction(html: string): string {
  const match = /<form[^>]*action="([^"]+)"/.exec(html);
  if (!match) throw new Error(`no form on the page:\n${html}`);
  return match[1]!.replace(/&#(\d+);/g, (_all, code: string) => String.fromCharCode(Number(code)));
}

export interface AuthorizationRequest {
  redirectUri?: string;
  state?: string;
  challenge?: string | undefined;
  challengeMethod?: string | undefined;
  scope?: string;
}

/** The authorization endpoint's address for the editor's client, with what the test gives or a valid default. */
export function authorizationUrl(base: string, request: AuthorizationRequest = {}): string {
  const params = new URLSearchParams({
    client_id: STUDIO_CLIENT_ID,
    response_type: 'code',
    redirect_uri: request.redirectUri ?? 'http://127.0.0.1:51234/callback',
    scope: request.scope ?? SIGN_IN_SCOPE,
    state: request.state ?? 'state-' + randomBytes(6).toString('hex'),
  });
  if (request.challenge !== undefined) params.set('code_challenge', request.challenge);
  if (request.challengeMethod !== undefined) params.set('code_challenge_method', request.challengeMethod);
  return `${base}/oidc/auth?${params.toString()}`;
}

/**
 * Signs a person in through the pages as a browser would: the authorization request, the
 * sign-in form, the consent form (allowed); returns the address the browser is sent back to.
 */
export async function signInWithBrowser(browser: TestBrowser, url: string, person: { email: string; password: string }): Promise<URL> {
  const signIn = await browser.follow(await browser.get(url));
  if (signIn.leftFor) return signIn.leftFor;
  const login = await browser.follow(await browser.post(formAction(await signIn.response.text()), { email: person.email, password: person.password }));
  if (login.leftFor) return login.leftFor;
  const consentHtml = await login.response.text();
  const consent = await browser.follow(await browser.post(formAction(consentHtml), { decision: 'allow' }));
  if (!consent.leftFor) throw new Error(`the browser was not sent back to the client: ${consent.response.status} ${await consent.response.text()}`);
  return consent.leftFor;
}

/** The tokens the token endpoint answers. */
export interface TokenAnswer {
  access_token: string;
  refresh_token?: string;
  id_token?: string;
  scope?: string;
  expires_in: number;
  error?: string;
}

/** A form post to one of the provider's endpoints (token, revocation), as the client makes it. */
export async function postForm(base: string, path: string, form: Record<string, string>): Promise<{ status: number; body: TokenAnswer }> {
  const response = await fetch(`${base}/oidc${path}`, { method: 'POST', headers: { 'content-type': 'application/x-www-form-urlencoded' }, body: new URLSearchParams(form).toString() });
  const text = await response.text();
  return { status: response.status, body: (text ? JSON.parse(text) : {}) as TokenAnswer };
}
