/** What a database error carries that says what failed without quoting any data (PostgreSQL's error fields). */
const DATABASE_FIELDS = ['code', 'severity', 'routine', 'schema', 'table', 'column', 'constraint'] as const;

/**
 * An unexpected error as the server log may show it. A failed query's error carries the SQL
 * text with its parameters (Drizzle puts both in its message), and PostgreSQL's own message
 * and detail may quote the values that failed (a name, a document, a token hash), so for a
 * database error only its SQLSTATE, where it was raised and the stack frames are kept.
 */
export function loggableError(error: unknown): Record<string, unknown> {
  if (!(error instanceof Error)) return { type: typeof error };
  const database = databaseError(error);
  if (database === undefined) return { type: error.name, message: error.message, stack: error.stack };
  const fields = Object.fromEntries(DATABASE_FIELDS.filter((key) => database[key] !== undefined).map((key) => [key, database[key]]));
  return { type: 'DatabaseError', ...fields, stack: framesOf(error) };
}

/** The driver's error of a failed query: Drizzle's wrapper (with `query` and `params`) holds it as `cause`. */
function databaseError(error: Error): Record<string, unknown> | undefined {
  const wrapped = 'query' in error && 'params' in error;
  const candidate = (wrapped ? error.cause : error) as Record<string, unknown> | undefined;
  const isDatabase = typeof candidate?.code === 'string' && /^[0-9A-Z]{5}$/.test(candidate.code) && 'severity' in candidate;
  if (isDatabase) return candidate;
  return wrapped ? {} : undefined;
}

/** The "at ..." lines of a stack, without the message lines above them. */
function framesOf(error: Error): string {
  return (error.stack ?? '').split('\n').filter((line) => /^\s+at /.test(line)).join('\n');
}
