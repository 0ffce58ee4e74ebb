import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import type { PageLanguage } from './page-strings';
import { pageLanguage } from './page-strings';
import { PAGE_HEADERS } from './pages';

/** A posted form, field by field (a field sent twice keeps its last value). */
export type Form = Record<string, string | undefined>;

/** The largest form the pages accept: an address, a password of at most 1024 characters (twice), a tenant id. */
const FORM_BYTES = 16 * 1024;

/** Lets the pages registered in `pages` (an encapsulated plugin) read the forms browsers post. */
export function acceptForms(pages: FastifyInstance): void {
  pages.addContentTypeParser('application/x-www-form-urlencoded', { parseAs: 'string', bodyLimit: FORM_BYTES }, (_request, body, done) => {
    done(null, Object.fromEntries(new URLSearchParams(body as string)));
  });
}

export const languageOf = (request: FastifyRequest): PageLanguage => pageLanguage(request.headers['accept-language']);

/** Answers with one of the tenant's pages, with the headers every one of them goes out with. */
export function sendPage(reply: FastifyReply, status: number, html: string) {
  return reply.code(status).headers(PAGE_HEADERS).send(html);
}
