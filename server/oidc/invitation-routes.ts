import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { AuthFailureLimiter } from '../api/auth-failures';
import type { AuthFailureLimit } from '../api/auth-failures';
import { hashPassword, PASSWORD_MAX_CHARS, PASSWORD_MIN_CHARS, passwordLengthProblem } from '../auth/password';
import type { Db } from '../store/database';
import { acceptInvitation, findInvitation } from '../store/invitation-store';
import type { InvitationState } from '../store/invitation-store';
import { invitationClosedPage, invitationPage, passwordSetPage } from './invitation-pages';
import { INVITATION_PATH } from './invitation-path';
import { acceptForms, languageOf, sendPage } from './page-replies';
import type { Form } from './page-replies';
import { PAGE_STRINGS } from './page-strings';

export interface InvitationPageOptions {
  db: Db;
  now: () => Date;
  /** Links that do not open (unknown, used, expired) allowed per client address. */
  limit?: AuthFailureLimit | undefined;
}

/** As the sign-in page's per-address limit: a person retrying an old link is far below it, a run of guessed links far above. */
const PER_ADDRESS: AuthFailureLimit = { max: 20, timeWindowMs: 15 * 60_000 };

type Params = { Params: { secret: string } };

/**
 * The page an invitation's link opens (invite-user prints it): the invited person chooses their
 * password, typed twice, under the rules create-user applies; the link then is spent. A link
 * that does not open answers a page saying why (used, expired, unknown), never an error dump,
 * and counts against the client address as a failed sign-in does.
 */
export function registerInvitationPages(app: FastifyInstance, options: InvitationPageOptions): void {
  const { db } = options;
  const limiter = new AuthFailureLimiter(options.limit ?? PER_ADDRESS);

  /** The link's state, or a page already sent (the address is over its limit, or the link does not open). */
  const open = async (request: FastifyRequest<Params>, reply: FastifyReply, found: () => Promise<InvitationState>) => {
    const now = options.now().getTime();
    const wait = limiter.retryAfterSeconds(request.ip, now);
    if (wait !== undefined) {
      reply.header('retry-after', String(wait));
      await sendPage(reply, 429, invitationClosedPage(languageOf(request), { state: 'limited', seconds: wait }));
      return undefined;
    }
    const state = await found();
    if (state.state === 'open') return state;
    limiter.recordFailure(request.ip, now);
    await sendPage(reply, state.state === 'unknown' ? 404 : 410, invitationClosedPage(languageOf(request), state));
    return undefined;
  };

  void app.register(async (pages) => {
    acceptForms(pages);

    pages.get<Params>(`${INVITATION_PATH}/:secret`, async (request, reply) => {
      const found = await open(request, reply, () => findInvitation(db, request.params.secret, options.now()));
      if (!found) return reply;
      const form = { action: `${INVITATION_PATH}/${request.params.secret}`, email: found.user.email, tenant: found.tenantName };
      return sendPage(reply, 200, invitationPage(languageOf(request), form));
    });

    pages.post<Params & { Body: Form }>(`${INVITATION_PATH}/:secret`, async (request, reply) => {
      const { secret } = request.params;
      const found = await open(request, reply, () => findInvitation(db, secret, options.now()));
      if (!found) return reply;
      const language = languageOf(request);
      const t = PAGE_STRINGS[language];
      const password = request.body?.password ?? '';
      const length = passwordLengthProblem(password);
      const error = length
        ? length.problem === 'short'
          ? t.passwordTooShort(length.length, PASSWORD_MIN_CHARS)
          : t.passwordTooLong(length.length, PASSWORD_MAX_CHARS)
        : password !== (request.body?.confirm ?? '')
          ? t.passwordsDiffer
          : undefined;
      const form = { action: `${INVITATION_PATH}/${secret}`, email: found.user.email, tenant: found.tenantName };
      if (error) return sendPage(reply, 400, invitationPage(language, { ...form, error }));
      const passwordHash = await hashPassword(password);
      // Checked again with the row locked: of two posts at once, one sets the password, the other finds the link used.
      const accepted = await open(request, reply, () => acceptInvitation(db, { secret, passwordHash, now: options.now() }));
      if (!accepted) return reply;
      return sendPage(reply, 200, passwordSetPage(language, { email: accepted.user.email, tenant: accepted.tenantName }));
    });
  });
}
