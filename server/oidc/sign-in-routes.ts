import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import type Provider from 'oidc-provider';
import type { InteractionResults } from 'oidc-provider';
import { effectiveScopes } from '../../shared/tenant-api/roles';
import { tokenScopeSchema } from '../../shared/tenant-api/scopes';
import type { TokenScope } from '../../shared/tenant-api/scopes';
import { AuthFailureLimiter } from '../api/auth-failures';
import type { AuthFailureLimit } from '../api/auth-failures';
import type { Db } from '../store/database';
import type { UserRow } from '../store/user-store';
import { accountIdOf } from '../store/person-access';
import { accountsMatching, findActiveAccount } from './accounts';
import { errorPage } from './device-pages';
import { acceptForms, languageOf, sendPage } from './page-replies';
import type { Form } from './page-replies';
import type { ConsentScope } from './page-strings';
import { PAGE_STRINGS } from './page-strings';
import { consentPage, signInPage } from './pages';
import { SIGN_IN_PREFIX } from './provider';

export interface SignInOptions {
  db: Db;
  now: () => Date;
  provider: () => Promise<Provider>;
  limit?: SignInLimits | undefined;
}

/** Failed sign-ins allowed per client address, and per account from one client address. */
export interface SignInLimits {
  perAddress?: AuthFailureLimit | undefined;
  perAccountAndAddress?: AuthFailureLimit | undefined;
}

/** Failed sign-ins per client address: a person mistyping is far below it, a guessing run far above. */
const PER_ADDRESS: AuthFailureLimit = { max: 20, timeWindowMs: 15 * 60_000 };
/**
 * Failed sign-ins per account from one client address. Never per account alone: anyone who knows
 * an address could then lock its owner out by failing on purpose. Counted by the pair, the
 * owner signing in from their own address is not refused while someone else's address is.
 */
const PER_ACCOUNT_AND_ADDRESS: AuthFailureLimit = { max: 10, timeWindowMs: 15 * 60_000 };

/** The OpenID Connect scopes a consent page lists beside the API's (what a client learns about the person). */
const OIDC_SCOPES: readonly ConsentScope[] = ['openid', 'offline_access', 'email', 'profile'];

/** Of the API scopes a client asks for, those the person's role (and feed grant) lets them give. */
function grantableScopes(requested: readonly string[], user: UserRow): TokenScope[] {
  const scopes = requested.flatMap((scope) => {
    const parsed = tokenScopeSchema.safeParse(scope);
    return parsed.success ? [parsed.data] : [];
  });
  return effectiveScopes(scopes, user);
}

/**
 * The pages the provider sends a browser to: sign in with an address and a password, then
 * allow the client the scopes listed in the person's language. Forms only, no script; the
 * interaction's cookie (SameSite) ties each post to the browser that began the sign-in.
 */
export function registerSignInPages(app: FastifyInstance, options: SignInOptions): void {
  const { db, provider } = options;
  const perAddress = new AuthFailureLimiter(options.limit?.perAddress ?? PER_ADDRESS);
  const perAccountAndAddress = new AuthFailureLimiter(options.limit?.perAccountAndAddress ?? PER_ACCOUNT_AND_ADDRESS);

  void app.register(async (pages) => {
    acceptForms(pages);
    // A sign-in that cannot go on (expired, already finished, another browser's) is a page, not the API's JSON.
    pages.setErrorHandler((error, request, reply) => {
      if (isProviderError(error)) {
        return sendPage(reply, error.statusCode, errorPage(languageOf(request), { error: error.error, error_description: error.error_description ?? '' }));
      }
      throw error;
    });

    pages.get<{ Params: { uid: string } }>(`${SIGN_IN_PREFIX}/:uid`, async (request, reply) => {
      const oidc = await provider();
      const details = await oidc.interactionDetails(request.raw, reply.raw);
      const client = await clientName(oidc, String(details.params.client_id));
      const language = languageOf(request);
      if (details.prompt.name === 'login') return sendPage(reply, 200, signInPage(language, { action: `${SIGN_IN_PREFIX}/${details.uid}/login`, client }));
      const account = details.session?.accountId ? await findActiveAccount(db, details.session.accountId) : undefined;
      if (!account) return finish(oidc, request, reply, { error: 'login_required', error_description: 'The person is no longer active.' });
      // Everything the client will be able to do, not only what its grant still lacks: the provider
      // asks again on every sign-in of a native client (its redirect could be another app's), when
      // nothing may be missing, and an empty list would tell the person nothing.
      const requested = String(details.params.scope ?? '').split(' ');
      const scopes: ConsentScope[] = [...OIDC_SCOPES.filter((scope) => requested.includes(scope)), ...grantableScopes(requested, account.user)];
      return sendPage(reply, 200, consentPage(language, { action: `${SIGN_IN_PREFIX}/${details.uid}/consent`, client, person: `${account.user.name} <${account.user.email}>`, tenant: account.tenantName, scopes }));
    });

    pages.post<{ Params: { uid: string }; Body: Form }>(`${SIGN_IN_PREFIX}/:uid/login`, async (request, reply) => {
      const oidc = await provider();
      const details = await oidc.interactionDetails(request.raw, reply.raw);
      if (details.prompt.name !== 'login') throw await stepDone();
      const language = languageOf(request);
      const form = request.body ?? {};
      const email = (form.email ?? '').trim();
      const action = `${SIGN_IN_PREFIX}/${details.uid}/login`;
      const client = await clientName(oidc, String(details.params.client_id));
      const now = options.now().getTime();
      // A line break cannot be in an address or an IP, so the pair's key is unambiguous.
      const pairKey = `${email.toLowerCase()}\n${request.ip}`;
      const wait = Math.max(perAddress.retryAfterSeconds(request.ip, now) ?? 0, perAccountAndAddress.retryAfterSeconds(pairKey, now) ?? 0);
      if (wait > 0) {
        reply.header('retry-after', String(wait));
        return sendPage(reply, 429, signInPage(language, { action, client, email, error: PAGE_STRINGS[language].tooManyAttempts(wait) }));
      }
      const matches = await accountsMatching(db, email, form.password ?? '');
      const chosen = form.tenant ? matches.filter((match) => match.user.tenantId === form.tenant) : matches;
      if (chosen.length === 0) {
        perAddress.recordFailure(request.ip, now);
        perAccountAndAddress.recordFailure(pairKey, now);
        return sendPage(reply, 401, signInPage(language, { action, client, email, error: PAGE_STRINGS[language].wrongCredentials }));
      }
      if (chosen.length > 1) {
        const tenants = chosen.map((match) => ({ id: match.user.tenantId, name: match.tenantName }));
        return sendPage(reply, 200, signInPage(language, { action, client, email, tenants }));
      }
      const account = chosen[0]!;
      return finish(oidc, request, reply, { login: { accountId: accountIdOf(account.user), remember: false } }, false);
    });

    pages.post<{ Params: { uid: string }; Body: Form }>(`${SIGN_IN_PREFIX}/:uid/consent`, async (request, reply) => {
      const oidc = await provider();
      const details = await oidc.interactionDetails(request.raw, reply.raw);
      if (details.prompt.name !== 'consent') throw await stepDone();
      const account = details.session?.accountId ? await findActiveAccount(db, details.session.accountId) : undefined;
      if (!account) return finish(oidc, request, reply, { error: 'login_required', error_description: 'The person is no longer active.' });
      if (request.body?.decision !== 'allow') return finish(oidc, request, reply, { error: 'access_denied', error_description: 'The person did not allow access.' });
      const clientId = String(details.params.client_id);
      const grant = (details.grantId ? await oidc.Grant.find(details.grantId) : undefined) ?? new oidc.Grant({ accountId: details.session!.accountId, clientId });
      const missing = details.prompt.details as { missingOIDCScope?: string[]; missingOIDCClaims?: string[]; missingResourceScopes?: Record<string, string[]> };
      if (missing.missingOIDCScope) grant.addOIDCScope(missing.missingOIDCScope.join(' '));
      if (missing.missingOIDCClaims) grant.addOIDCClaims(missing.missingOIDCClaims);
      // The person can give only what their role allows; the rest is refused, not left pending (which would ask again).
      for (const [resource, requested] of Object.entries(missing.missingResourceScopes ?? {})) {
        const allowed = grantableScopes(requested, account.user);
        const refused = requested.filter((scope) => !(allowed as string[]).includes(scope));
        if (allowed.length > 0) grant.addResourceScope(resource, allowed.join(' '));
        if (refused.length > 0) grant.rejectResourceScope(resource, refused.join(' '));
      }
      const grantId = await grant.save();
      return finish(oidc, request, reply, { consent: details.grantId ? {} : { grantId } }, true);
    });
  });
}

/** The library's errors (an expired or finished interaction, a missing cookie) carry an OAuth error code and an HTTP status. */
function isProviderError(error: unknown): error is Error & { statusCode: number; error: string; error_description?: string } {
  return error instanceof Error && typeof (error as { statusCode?: unknown }).statusCode === 'number' && typeof (error as { error?: unknown }).error === 'string';
}

/** A post to a step the interaction is no longer at (a second tab, the back button). */
async function stepDone(): Promise<Error> {
  const { errors } = await import('oidc-provider');
  return new errors.InvalidRequest('This sign-in step is already done.');
}

/** Ends this step of the interaction and sends the browser back to the provider (a 303: the next request is a GET). */
async function finish(oidc: Provider, request: FastifyRequest, reply: FastifyReply, result: InteractionResults, merge = false) {
  const to = await oidc.interactionResult(request.raw, reply.raw, result, { mergeWithLastSubmission: merge });
  return reply.header('cache-control', 'no-store').redirect(to, 303);
}

async function clientName(oidc: Provider, clientId: string): Promise<string> {
  const client = await oidc.Client.find(clientId);
  return client?.clientName ?? clientId;
}
