/**
 * The app's support log: one JSON object a line (`{"time":…,"event":…,…}`), so a support request can
 * include what the app did and the errors it met.
 *
 * @remarks
 * What reaches it is decided where it is written (call names, error codes, routes, statuses: see
 * host-call-log.ts and tenant-request-log.ts), never a call's arguments, a request's headers or
 * body, or an error's message, which may quote a flow. As a second guard every text is cut short,
 * kept on one line, and anything shaped like a token is replaced before it is written.
 */

/** A value a log line may carry. */
export type LogValue = string | number | boolean | null;

/** What writes the lines: a {@link RotatingLogFile} in the hosts, an array in tests. */
export interface LogSink {
  append(line: string): void;
  flushed(): Promise<void>;
}

/** The support log as the hosts use it. */
export interface SupportLog {
  /** Writes one event with its fields; never throws and never waits. */
  write(event: string, fields?: Record<string, LogValue>): void;
  /** Settles once every line so far is written. */
  flushed(): Promise<void>;
}

/** The longest text a field keeps: enough for a route or an error code, a few stack frames; too short for a document. */
const MAX_TEXT = 500;

// Tokens as the tenant server issues them (`fpt_` + base64url), signed tokens (JWT, as sign-in
// providers issue them), bearer credentials, and any long run of letters and digits mixed (random
// secrets), whatever their name.
const TOKEN_SHAPES = [/fpt_[A-Za-z0-9_-]+/g, /eyJ[A-Za-z0-9_-]*\.[A-Za-z0-9_-]*(\.[A-Za-z0-9_-]*)?/g, /\b(Bearer|Basic)\s+\S+/gi, /(?=[A-Za-z0-9_-]*\d)(?=[A-Za-z0-9_-]*[A-Za-z])[A-Za-z0-9_-]{24,}/g];
const REDACTED = '[redacted]';

/** A text as a log line may hold it: on one line, short, with anything token-shaped replaced. */
export function redactLogText(text: string): string {
  let out = text.replace(/[\r\n\t]+/g, ' ');
  for (const shape of TOKEN_SHAPES) out = out.replace(shape, REDACTED);
  return out.length > MAX_TEXT ? `${out.slice(0, MAX_TEXT)}…` : out;
}

/** A support log writing to a sink; `clock` stamps each line (UTC, ISO 8601). */
export function createSupportLog(sink: LogSink, clock: () => Date = () => new Date()): SupportLog {
  return {
    write(event, fields = {}) {
      const line: Record<string, LogValue> = { time: clock().toISOString(), event: redactLogText(event) };
      for (const [key, value] of Object.entries(fields)) {
        line[redactLogText(key)] = typeof value === 'string' ? redactLogText(value) : typeof value === 'number' && !Number.isFinite(value) ? null : value;
      }
      sink.append(JSON.stringify(line));
    },
    flushed: () => sink.flushed(),
  };
}

/** A log that writes nothing, for hosts and tests that keep none. */
export const NO_SUPPORT_LOG: SupportLog = { write() {}, flushed: () => Promise.resolve() };
