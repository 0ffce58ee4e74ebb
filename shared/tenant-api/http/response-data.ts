import type { z } from 'zod';
import { parseJson } from '../../json/parse-json';
import { TenantApiError } from './tenant-error';
import type { TenantRequestTarget } from './tenant-error';

/** How many schema issues a bad-response error lists. */
const MAX_ISSUES = 5;

/**
 * The data of a 2xx answer checked against the route's response schema, or a `bad-response` error saying
 * what did not match (the answer came from something that is not this API, or from an incompatible version).
 * A progress stream's result comes already parsed. An empty body (204, HEAD) is checked as `undefined`, so a schema decides whether "no content" is valid.
 */
export function readResponseData<S extends z.ZodType>(
  schema: S,
  answer: { status: number; body: { text: string } | { value: unknown } },
  context: { request: TenantRequestTarget; origin: string },
): z.output<S> {
  let value: unknown = 'value' in answer.body ? answer.body.value : undefined;
  if ('text' in answer.body && answer.body.text.trim() !== '') {
    const parsed = parseJson(answer.body.text);
    if (!parsed.ok) throw badResponse(answer.status, [`the body is not JSON: ${parsed.message}`], context);
    value = parsed.value;
  }
  const checked = schema.safeParse(value);
  if (checked.success) return checked.data;
  const issues = checked.error.issues.slice(0, MAX_ISSUES).map((issue) => {
    const where = issue.path.map(String).join('.');
    return where === '' ? issue.message : `${where}: ${issue.message}`;
  });
  throw badResponse(answer.status, issues, context);
}

function badResponse(status: number, issues: string[], context: { request: TenantRequestTarget; origin: string }): TenantApiError {
  const message =
    `The tenant at ${context.origin} answered ${context.request.method} ${context.request.path} with data this version of ` +
    `Flowpack Studio does not understand (${issues.join('; ')}). Check that the address is a Flowpack tenant and that both are up to date.`;
  return new TenantApiError({ kind: 'bad-response', status, issues }, message, { request: context.request });
}
