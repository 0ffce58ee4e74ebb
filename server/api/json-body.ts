import type { FastifyInstance } from 'fastify';
import { parseJson } from '../../shared/json/parse-json';
import { ApiError } from './api-error';

/**
 * Request bodies are read with the clients' own JSON reader instead of Fastify's: nesting is
 * measured without recursion and refused past the depth every client reads (so a deep body is
 * a 400 before any recursive code, the validator or the database sees it, never a stack
 * overflow), and duplicate keys and prototype keys are refused as the editor refuses them in
 * a file. What the server stores is therefore always something its clients can read back.
 */
export function registerJsonBodyParser(app: FastifyInstance): void {
  app.removeContentTypeParser('application/json');
  app.addContentTypeParser('application/json', { parseAs: 'buffer' }, (_request, body, done) => {
    const parsed = parseJson(body as Buffer);
    if (parsed.ok) return done(null, parsed.value);
    const where = parsed.line === undefined ? '' : ` (line ${parsed.line}, column ${parsed.column})`;
    done(new ApiError('bad_request', `The request body is not usable JSON: ${parsed.message}${where}.`), undefined);
  });
}
