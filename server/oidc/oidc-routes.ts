import type { AddressInfo } from 'node:net';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import type Provider from 'oidc-provider';
import type { AuthFailureLimit } from '../api/auth-failures';
import type { Db } from '../store/database';
import { accessTokenLookup } from './access-tokens';
import type { AccessTokenLookup } from './access-tokens';
import { createProvider, OIDC_PREFIX } from './provider';
import { registerInvitationPages } from './invitation-routes';
import { registerSignInPages } from './sign-in-routes';
import type { SignInLimits } from './sign-in-routes';

export interface OidcOptions {
  db: Db;
  now: () => Date;
  /** The server's public address, the issuer; absent, the address the server listens on. */
  publicUrl?: string | undefined;
  /** Access token lifetime in seconds (provider.ts's default otherwise). */
  accessTokenSeconds?: number | undefined;
  /** Failed sign-ins allowed per client address and per account from one address (sign-in-routes.ts). */
  signInLimit?: SignInLimits | undefined;
  /** Invitation links that do not open allowed per client address (invitation-routes.ts). */
  invitationLimit?: AuthFailureLimit | undefined;
}

/** The server's own address, once it listens: the issuer when no public address was configured. */
function listeningUrl(app: FastifyInstance): string {
  const address = app.server.address() as AddressInfo | null;
  if (!address || typeof address === 'string') throw new Error('The sign-in provider needs the server to listen, or a public address.');
  const host = address.family === 'IPv6' ? `[${address.address}]` : address.address;
  return `http://${host}:${address.port}`;
}

/**
 * The tenant as an OpenID Connect provider (docs/TENANT-API.md, Signing in): the library's
 * endpoints under /oidc, its discovery document at the server's root as the issuer's, and the
 * sign-in and consent pages, and the invitation pages. The provider is made on the first request, when the server's
 * address is known. Returns the lookup the API uses to accept the provider's access tokens.
 */
export function registerOidc(app: FastifyInstance, options: OidcOptions): AccessTokenLookup {
  let made: Promise<Provider> | undefined;
  const provider = () => {
    made ??= createProvider({ db: options.db, now: options.now, issuer: (options.publicUrl ?? listeningUrl(app)).replace(/\/+$/, ''), accessTokenSeconds: options.accessTokenSeconds });
    return made;
  };
  let callback: ReturnType<Provider['callback']> | undefined;

  /**
   * Hands the raw request to the library (a Koa app) before Fastify reads its body: the
   * library parses its own forms. `originalUrl` tells it where it is mounted, so the
   * addresses it publishes carry the prefix.
   */
  const forward = async (request: FastifyRequest, reply: FastifyReply, path: string) => {
    const oidc = await provider();
    callback ??= oidc.callback();
    reply.hijack();
    const raw = request.raw as typeof request.raw & { originalUrl?: string };
    raw.originalUrl = `${OIDC_PREFIX}${path}`;
    raw.url = path;
    await callback(raw, reply.raw);
  };
  const methods = ['GET', 'HEAD', 'POST', 'OPTIONS'] as const;
  app.route({
    method: [...methods],
    url: `${OIDC_PREFIX}/*`,
    onRequest: (request, reply) => forward(request, reply, request.url.slice(OIDC_PREFIX.length)),
    handler: () => undefined,
  });
  for (const path of ['/.well-known/openid-configuration', '/.well-known/oauth-authorization-server']) {
    app.route({ method: ['GET', 'HEAD', 'OPTIONS'], url: path, onRequest: (request, reply) => forward(request, reply, request.url), handler: () => undefined });
  }
  registerSignInPages(app, { db: options.db, now: options.now, provider, limit: options.signInLimit });
  registerInvitationPages(app, { db: options.db, now: options.now, limit: options.invitationLimit });
  return accessTokenLookup(options.db, provider);
}
