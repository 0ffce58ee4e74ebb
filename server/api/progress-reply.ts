import { PassThrough } from 'node:stream';
import { setImmediate } from 'node:timers/promises';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { PROGRESS_STREAM_TYPE } from '../../shared/tenant-api/progress-stream';
import { toApiError } from './api-error';
import { loggableError } from './loggable-error';

/** A route's work, given the callback it reports progress through (awaited: see below). */
export type ProgressRun<T> = (progress: (event: unknown) => Promise<void>) => Promise<T>;

/** How the answer went: streamed (already sent, ended with its result or error line), or not started (answer as usual). */
export type ProgressOutcome<T> = { streamed: true } | { streamed: false; result: T };

/**
 * Runs a route that reports progress for a client that asked for a progress stream
 * (shared/tenant-api/progress-stream.ts). The stream starts with the first report: work that
 * ends or fails before it (a dry-run, a repeated key, a refused plan) is answered as usual,
 * with its own status. Once started, the status is sent, so the outcome goes in the last line.
 * A client that hangs up does not stop the work: it commits or rolls back as it would have,
 * and the client's retry with the same Idempotency-Key reads the outcome.
 */
export async function runWithProgress<T extends { body: unknown }>(
  request: FastifyRequest,
  reply: FastifyReply,
  status: number,
  run: ProgressRun<T>,
): Promise<ProgressOutcome<T>> {
  let stream: PassThrough | undefined;
  const writeLine = (line: unknown) => {
    if (stream && !stream.destroyed) stream.write(`${JSON.stringify(line)}\n`);
  };
  const progress = async (event: unknown) => {
    if (!stream) {
      stream = new PassThrough();
      // A write after the client left must not become an unhandled stream error.
      stream.on('error', () => undefined);
      void reply.code(status).type(PROGRESS_STREAM_TYPE).header('cache-control', 'no-store').send(stream);
    }
    writeLine({ type: 'progress', progress: event });
    // Back to the event loop so the line goes out now: with PGlite a whole transaction can run as one
    // chain of promise callbacks, and the stream would otherwise only be written when it ends.
    await setImmediate();
  };

  let outcome: { ok: true; result: T } | { ok: false; error: unknown };
  try {
    outcome = { ok: true, result: await run(progress) };
  } catch (error) {
    outcome = { ok: false, error };
  }
  if (!stream) {
    if (!outcome.ok) throw outcome.error;
    return { streamed: false, result: outcome.result };
  }
  if (outcome.ok) {
    writeLine({ type: 'result', result: outcome.result.body });
  } else {
    const apiError = toApiError(outcome.error);
    if (apiError.code === 'internal') request.log.error({ error: loggableError(outcome.error) }, 'request failed after its progress stream started');
    writeLine({ type: 'error', status: apiError.status, ...apiError.body() });
  }
  stream.end();
  return { streamed: true };
}
