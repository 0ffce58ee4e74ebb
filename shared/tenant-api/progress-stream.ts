import { z } from 'zod';
import { apiErrorBodySchema } from './errors';

/**
 * A long write that reports its progress (a route with `progress` in the route table) answers a
 * request sent with `Accept: application/x-ndjson` as a stream of JSON lines once its work has
 * started: `progress` lines while it runs, then exactly one `result` (the route's usual body) or
 * `error` line (the usual error body with the status it would have had). A refusal found before
 * any work started (auth, scope, bad input, an import plan with errors) is still a plain JSON
 * error with its own status, and so is any answer without progress (a dry-run, a repeated
 * Idempotency-Key): a client reads whichever Content-Type comes back.
 */
export const PROGRESS_STREAM_TYPE = 'application/x-ndjson';

/** What a client that can follow progress sends as Accept. */
export const PROGRESS_STREAM_ACCEPT = `${PROGRESS_STREAM_TYPE}, application/json;q=0.9`;

export const progressLineSchema = <P extends z.ZodType>(progress: P) => z.object({ type: z.literal('progress'), progress }).strict();
export const resultLineSchema = <R extends z.ZodType>(result: R) => z.object({ type: z.literal('result'), result }).strict();
export const errorLineSchema = z.object({ type: z.literal('error'), status: z.number().int().min(400).max(599), error: apiErrorBodySchema.shape.error }).strict();

/** Any one line of a progress stream, as the OpenAPI document describes it. */
export const progressStreamLineSchema = <P extends z.ZodType, R extends z.ZodType>(progress: P, result: R) =>
  z.discriminatedUnion('type', [progressLineSchema(progress), resultLineSchema(result), errorLineSchema]);

/** True when an Accept header asks for a progress stream. */
export function acceptsProgressStream(accept: string | undefined): boolean {
  return (accept ?? '')
    .split(',')
    .some((part) => {
      const [type, ...parameters] = part.trim().toLowerCase().split(';');
      return type === PROGRESS_STREAM_TYPE && !parameters.some((parameter) => /^\s*q\s*=\s*0(\.0*)?\s*$/.test(parameter));
    });
}
