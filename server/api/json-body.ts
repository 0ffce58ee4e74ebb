import type { FastifyInstance } from 'fastify';
import { parseJson } from '../../shared/json/parse-json';
import { ApiError } from './api-error';
import { refuseNulCharacters } from './nul-characters';

const NUL_ESCAPE = Buffer.from('\\u0000');

/**
 * Request bodies are read with the clients' own JSON reader instead of Fastify's: nesting is
 * measured without recursion and refused past the depth every client reads (so a deep body is
 * a 400 before any recursive code, the validator or the database sees it, never a stack
 * overflow), and duplicate keys and prototype keys are refused as the editor refuses them in
 * a file; and a NUL character, which PostgreSQL cannot store, is refused naming where it is.
 * What the server stores is therefore always something its clients can read back.
 */
export function registerJsonBodyParser(app: FastifyInstance): void {
  app.removeContentTypeParser('application/json');
  app.addContentTypeParser('application/json', { parseAs: 'buffer' }, (_request, raw, done) => {
    const body = raw as Buffer;
    const parsed = parseJson(body);
    if (parsed.ok) {
      // JSON text holds U+0000 only as the escape \u0000, so a body without one is not walked.
      if (body.includes(NUL_ESCAPE)) {
        try {
          refuseNulCharacters(parsed.value, 'body');
        } catch (error) {
          return done(error as Error, undefined);
        }
      }
      return done(null, parsed.value);
    }
    const where = parsed.line === undefined ? '' : ` (line ${parsed.line}, column ${parsed.column})`;
    done(new ApiError('bad_request', `The request body is not usable JSON: ${parsed.message}${where}.`), undefined);
  });
}
