import type { z } from 'zod';
import type { JsonPath } from '../format/entity-ref';
import { valueAt } from '../format/json-paths';

/** A zod issue reduced to what diagnostics need: where, what, and whether a value was simply missing. */
export interface IssueSummary {
  path: JsonPath;
  detail: string;
  missing: boolean;
  /** The values named in `detail`, when a step rule put them in its issue's `params.hintValues`. */
  values?: Readonly<Record<string, string | number>>;
}

const MAX_ISSUES = 20;

/** Summarises up to {@link MAX_ISSUES} issues of a failed parse of `input`. */
export function summariseIssues(error: z.ZodError, input: unknown): IssueSummary[] {
  return error.issues.slice(0, MAX_ISSUES).map((issue) => {
    const path = issue.path.filter((key): key is string | number => typeof key !== 'symbol');
    const missing = (issue.code === 'invalid_type' && valueAt(input, path) === undefined) || isRequiredByRule(issue);
    const values = hintValues(issue);
    return { path, detail: describe(issue, missing), missing, ...(values ? { values } : {}) };
  });
}

/**
 * A step schema's own rule can say a field is required in some configurations (the user,
 * when assigning to a user) with `params: { required: true }` on its custom issue.
 */
function isRequiredByRule(issue: z.core.$ZodIssue): boolean {
  return issue.code === 'custom' && (issue.params as { required?: unknown } | undefined)?.required === true;
}

function hintValues(issue: z.core.$ZodIssue): IssueSummary['values'] {
  if (issue.code !== 'custom') return undefined;
  const values = (issue.params as { hintValues?: unknown } | undefined)?.hintValues;
  return typeof values === 'object' && values !== null ? (values as IssueSummary['values']) : undefined;
}

function describe(issue: z.core.$ZodIssue, missing: boolean): string {
  if (missing) return 'is missing';
  if (issue.code === 'unrecognized_keys') {
    const keys = issue.keys.map((key) => `"${key}"`).join(', ');
    return `unknown propert${issue.keys.length === 1 ? 'y' : 'ies'} ${keys} (custom data belongs under "extensions")`;
  }
  return issue.message;
}
