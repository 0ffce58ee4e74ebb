import { createServer, get } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterEach, describe, expect, it } from 'vitest';
import { EventStreams } from './event-stream';

let cleanup: (() => Promise<void>) | undefined;

afterEach(async () => {
  await cleanup?.();
  cleanup = undefined;
});

/** A server whose every request becomes an event stream; resolves with the streams and a reader of what one client received. */
async function streamingServer(heartbeatMs: number): Promise<{ streams: EventStreams; received: () => string }> {
  const streams = new EventStreams(heartbeatMs);
  const server = createServer((_request, response) => streams.open(response));
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  let text = '';
  await new Promise<void>((resolve) => {
    get({ host: '127.0.0.1', port: (server.address() as AddressInfo).port, path: '/' }, (response) => {
      response.setEncoding('utf8');
      response.on('data', (chunk: string) => (text += chunk));
      resolve();
    });
  });
  cleanup = async () => {
    streams.close();
    await new Promise<void>((resolve) => server.close(() => resolve()));
  };
  return { streams, received: () => text };
}

describe('host events reach every open page as server-sent events', () => {
  it('sends each event as its name and one line of JSON', async () => {
    const { streams, received } = await streamingServer(60_000);
    await expect.poll(() => received()).toContain(': connected');
    streams.send('workspace:changed', { paths: ['a.flow.json', 'line\nbreak.flow.json'] });
    await expect.poll(() => received()).toContain('event: workspace:changed');
    expect(received()).toContain('event: workspace:changed\ndata: {"paths":["a.flow.json","line\\nbreak.flow.json"]}\n\n');
  });

  it('keeps an idle stream alive with heartbeat comments', async () => {
    const { received } = await streamingServer(20);
    await expect.poll(() => received().split(': heartbeat\n\n').length).toBeGreaterThan(2);
  });
});
