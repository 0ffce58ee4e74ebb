import type { ServerResponse } from 'node:http';
import { HTTP_EVENTS_HEARTBEAT_MS } from '../../shared/host/transport';

/**
 * The open `GET /api/events` streams. Each host event goes to every stream as one server-sent
 * event: `event: <name>`, `data: <json>` (JSON.stringify never emits a raw newline, so one data
 * line carries it whole).
 */
export class EventStreams {
  private readonly streams = new Set<ServerResponse>();
  private readonly heartbeat: NodeJS.Timeout;

  constructor(heartbeatMs = HTTP_EVENTS_HEARTBEAT_MS) {
    this.heartbeat = setInterval(() => this.writeAll(': heartbeat\n\n'), heartbeatMs);
    // An idle host must still exit when everything else has closed.
    this.heartbeat.unref();
  }

  /** Turns a response into an event stream until the client goes away or the host closes. */
  open(response: ServerResponse): void {
    response.writeHead(200, {
      'Content-Type': 'text/event-stream; charset=utf-8',
      'Cache-Control': 'no-store',
      Connection: 'keep-alive',
    });
    // A first comment flushes the headers, so the client's EventSource opens at once.
    response.write(': connected\n\n');
    this.streams.add(response);
    response.on('close', () => this.streams.delete(response));
  }

  /** Sends one host event to every open stream. */
  send(name: string, payload: unknown): void {
    this.writeAll(`event: ${name}\ndata: ${JSON.stringify(payload)}\n\n`);
  }

  /** Ends every stream and stops the heartbeat. */
  close(): void {
    clearInterval(this.heartbeat);
    for (const stream of this.streams) stream.end();
    this.streams.clear();
  }

  private writeAll(text: string): void {
    for (const stream of this.streams) stream.write(text);
  }
}
