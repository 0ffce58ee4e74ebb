import { z } from 'zod';
import { reportedDiagnosticSchema } from '../../format/diagnostic';
import type { ReportedDiagnostic } from '../../format/diagnostic';
import { parseJson } from '../../json/parse-json';
import { parseRetryAfterMs } from './retry-policy';
import { TenantApiError } from './tenant-error';
import type { TenantErrorDetail, TenantRequestTarget } from './tenant-error';

/** The longest piece of a server's own message repeated to the user (an error page can be megabytes). */
const MAX_SERVER_MESSAGE = 300;

// Read leniently: the tenant API's body `{ code, message, diagnostics }`, the same under `error`, or a
// framework's default (`{ statusCode, error: "Bad Request", message }`). Anything else is ignored.
const errorFieldsSchema = z.object({
  code: z.string().optional(),
  message: z.string().optional(),
  diagnostics: z.array(z.unknown()).optional(),
});
const errorBodySchema = z.union([z.object({ error: errorFieldsSchema }).transform((body) => body.error), errorFieldsSchema]);

/** What the client knows about a non-2xx answer. */
export interface FailedResponse {
  status: number;
  headers: { get(name: string): string | null };
  bodyText: string;
}

/** What the mapping needs besides the answer. */
export interface ErrorContext {
  request: TenantRequestTarget;
  /** The tenant's origin, named in messages so the user knows which connection failed. */
  origin: string;
  nowMs: number;
  /** Removes the token from any text that came from outside (a server that echoes headers). */
  redact: (text: string) => string;
}

/** A failed answer as a typed error, plus how long the server asked to wait before a retry. */
export interface MappedFailure {
  error: TenantApiError;
  retryAfterMs: number | undefined;
}

/** Maps a non-2xx answer to a {@link TenantApiError} with a message the user can act on. */
export function errorFromResponse(response: FailedResponse, context: ErrorContext): MappedFailure {
  const { status } = response;
  const body = readErrorBody(response.bodyText);
  const retryAfterMs = parseRetryAfterMs(response.headers.get('retry-after'), context.nowMs);
  const detail = detailFor(status, response, body.diagnostics, retryAfterMs);
  const serverMessage = body.message === undefined ? undefined : context.redact(body.message).slice(0, MAX_SERVER_MESSAGE);
  // Redacted as a whole: diagnostics quoted in the message come from the server too.
  const message = context.redact(describeFailure(detail, serverMessage, context.origin));
  const error = new TenantApiError(detail, message, { request: context.request, serverCode: body.code });
  return { error, retryAfterMs };
}

function detailFor(
  status: number,
  response: FailedResponse,
  diagnostics: ReportedDiagnostic[],
  retryAfterMs: number | undefined,
): TenantErrorDetail {
  if (status === 401) return { kind: 'auth', status };
  if (status === 403) return { kind: 'permission', status };
  if (status === 404 || status === 410) return { kind: 'not-found', status };
  if (status === 409 || status === 412) return { kind: 'conflict', status, currentEtag: response.headers.get('etag') ?? undefined };
  if (status === 400 || status === 422) return { kind: 'validation', status, diagnostics };
  if (status === 429) {
    return { kind: 'rate-limit', status, retryAfterSeconds: retryAfterMs === undefined ? undefined : Math.ceil(retryAfterMs / 1000) };
  }
  if (status >= 400 && status < 500) return { kind: 'rejected', status };
  if (status >= 500 && status < 600) return { kind: 'server', status };
  return { kind: 'bad-response', status, issues: [`unexpected HTTP status ${status}`] };
}

function readErrorBody(text: string): { code?: string; message?: string; diagnostics: ReportedDiagnostic[] } {
  const parsed = parseJson(text);
  if (!parsed.ok) return { diagnostics: [] };
  const body = errorBodySchema.safeParse(parsed.value);
  if (!body.success) return { diagnostics: [] };
  // Each diagnostic on its own: one the client cannot read at all does not hide the others.
  const diagnostics = (body.data.diagnostics ?? []).flatMap((item) => {
    const diagnostic = reportedDiagnosticSchema.safeParse(item);
    return diagnostic.success ? [diagnostic.data] : [];
  });
  return { code: body.data.code, message: body.data.message?.trim() || undefined, diagnostics };
}

/** The user-facing sentence for a failed answer; the server's own words follow when it gave any. */
export function describeFailure(detail: TenantErrorDetail, serverMessage: string | undefined, origin: string): string {
  const said = serverMessage === undefined ? '' : ` The tenant said: "${serverMessage}"`;
  switch (detail.kind) {
    case 'auth':
      return `The tenant at ${origin} did not accept the token: it is missing, wrong, expired or revoked. Enter a new token for this tenant.${said}`;
    case 'permission':
      return `The token for ${origin} is not allowed to do this; ask the tenant's admin for a token with the needed scope.${said}`;
    case 'not-found':
      return `Not found on the tenant at ${origin}: it may have been deleted or never existed there.${said}`;
    case 'conflict':
      return detail.status === 412
        ? `The flow changed on the tenant at ${origin} since it was last read; nothing was overwritten. Load the tenant's version, compare, and choose.${said}`
        : `The request conflicts with the current state of the tenant at ${origin}.${said}`;
    case 'validation':
      return `The tenant at ${origin} refused the data as invalid${countProblems(detail.diagnostics)}.${said}`;
    case 'rate-limit':
      return `The tenant at ${origin} is receiving too many requests from this token; try again ${
        detail.retryAfterSeconds === undefined ? 'in a moment' : `in ${describeWait(detail.retryAfterSeconds)}`
      }.${said}`;
    case 'rejected':
      return `The tenant at ${origin} refused the request (HTTP ${detail.status}).${said}`;
    case 'server':
      return `The tenant at ${origin} failed to answer (HTTP ${detail.status}); try again later.${said}`;
    default:
      return describeUnexpectedStatus('status' in detail ? detail.status : 0, origin);
  }
}

function describeUnexpectedStatus(status: number, origin: string): string {
  if (status >= 300 && status < 400) {
    return `The tenant at ${origin} answered with a redirect (HTTP ${status}). Redirects are not followed, so the token only goes to the address you entered: check that address.`;
  }
  return `The tenant at ${origin} gave an answer this version of Flowpack Studio does not understand (HTTP ${status}).`;
}

/** A wait as a person says it: seconds, minutes or hours. */
function describeWait(seconds: number): string {
  if (seconds < 120) return `${seconds} s`;
  if (seconds < 7_200) return `${Math.ceil(seconds / 60)} min`;
  return `${Math.ceil(seconds / 3_600)} h`;
}

function countProblems(diagnostics: readonly ReportedDiagnostic[]): string {
  if (diagnostics.length === 0) return '';
  const first = diagnostics[0]!.message.replace(/\.$/, '');
  return diagnostics.length === 1 ? ` (1 problem: ${first})` : ` (${diagnostics.length} problems; the first: ${first})`;
}
