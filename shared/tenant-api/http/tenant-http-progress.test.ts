import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { BASE_URL, fakeTenant, rejection } from '../../../test/tenant-api/harness';
import { PROGRESS_STREAM_ACCEPT } from '../progress-stream';

const report = z.object({ id: z.string(), flows: z.number() });
const step = z.object({ done: z.number(), name: z.string() });
const lines = (...values: unknown[]) => values.map((value) => `${JSON.stringify(value)}\n`).join('');
const progress = (done: number, name: string) => ({ type: 'progress', progress: { done, name } });

/** A write that follows progress, as the import of a push sends it. */
function following(http: ReturnType<typeof fakeTenant>['http'], heard: unknown[]) {
  return http.request({
    method: 'POST',
    path: '/v1/imports',
    body: { mode: 'apply' },
    idempotencyKey: 'push-1',
    responseSchema: report,
    progress: { schema: step, onProgress: (event) => heard.push(event) },
  });
}

describe('requests that follow progress', () => {
  it('hears each report as its line arrives, even cut mid-line and mid-character, then answers the result', async () => {
    const stream = lines(progress(1, 'Boas-vindas ☀'), progress(2, 'Atendimento'), { type: 'result', result: { id: 'r1', flows: 2 } });
    const { http, calls, clock } = fakeTenant([{ status: 201, stream, pieceBytes: 5 }]);
    const heard: unknown[] = [];
    const response = await clock.settle(following(http, heard));
    expect(heard).toEqual([
      { done: 1, name: 'Boas-vindas ☀' },
      { done: 2, name: 'Atendimento' },
    ]);
    expect(response.data).toEqual({ id: 'r1', flows: 2 });
    expect(calls[0]!.init.headers.accept).toBe(PROGRESS_STREAM_ACCEPT);
  });

  it('passes over a report it does not understand (a newer server) and still answers the result', async () => {
    const stream = lines({ type: 'progress', progress: { phase: 'uploading' } }, progress(1, 'A'), { type: 'result', result: { id: 'r1', flows: 1 } });
    const { http, clock } = fakeTenant([{ status: 201, stream, pieceBytes: 64 }]);
    const heard: unknown[] = [];
    expect((await clock.settle(following(http, heard))).data).toEqual({ id: 'r1', flows: 1 });
    expect(heard).toEqual([{ done: 1, name: 'A' }]);
  });

  it('fails with the typed error of an error line, as if the server had answered it plainly, and does not retry it', async () => {
    const stream = lines(progress(1, 'A'), { type: 'error', status: 409, error: { code: 'conflict', message: 'Flow f2 was created in this tenant while the import ran.' } });
    const { http, calls, clock } = fakeTenant([{ status: 201, stream, pieceBytes: 16 }]);
    const error = await rejection(clock, following(http, []));
    expect(error.detail).toMatchObject({ kind: 'conflict', status: 409 });
    expect(error.serverCode).toBe('conflict');
    expect(error.message).toContain('while the import ran');
    expect(calls).toHaveLength(1);
  });

  it('treats a stream that ends without its outcome as a dropped connection: the keyed write is retried and answered', async () => {
    const { http, calls, clock } = fakeTenant([
      { status: 201, stream: lines(progress(1, 'A')), pieceBytes: 64 },
      { status: 201, body: { id: 'r1', flows: 2 } },
    ]);
    const heard: unknown[] = [];
    const response = await clock.settle(following(http, heard));
    expect(response.data).toEqual({ id: 'r1', flows: 2 });
    expect(heard).toEqual([{ done: 1, name: 'A' }]);
    expect(calls).toHaveLength(2);
    expect(calls[1]!.init.headers['idempotency-key']).toBe('push-1');
  });

  it('refuses a stream whose lines are not the format, naming the tenant', async () => {
    const { http, clock } = fakeTenant([{ status: 201, stream: 'progress: 1 of 2\n', pieceBytes: 64 }]);
    const error = await rejection(clock, following(http, []));
    expect(error.detail.kind).toBe('bad-response');
    expect(error.message).toContain(BASE_URL);
  });

  it('reads a plain JSON answer to a request that asked for progress (a replayed key, a dry-run)', async () => {
    const { http, clock } = fakeTenant([{ status: 201, body: { id: 'r1', flows: 3 } }]);
    const heard: unknown[] = [];
    expect((await clock.settle(following(http, heard))).data).toEqual({ id: 'r1', flows: 3 });
    expect(heard).toEqual([]);
  });
});
