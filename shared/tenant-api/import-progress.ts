import { z } from 'zod';

/** Where an apply is: creating the entities the plan needs, writing flows, or committing what it wrote. */
export const IMPORT_PHASES = ['entities', 'flows', 'committing'] as const;

/**
 * One progress report of an apply sent with `Accept: application/x-ndjson` (progress-stream.ts).
 * Everything written stays invisible until the transaction commits: `written` flows are
 * written in that transaction, and only the final report says they were imported.
 *
 * @remarks
 * A builder, not a schema: the editor's host client imports it at start and builds the schema
 * only when a progress report arrives (shared/host/host-events.ts); imports.ts builds the one
 * the tenant API uses.
 */
export function buildImportProgressSchema() {
  return z.object({
    phase: z.enum(IMPORT_PHASES),
    /** The tenant ids of the flows written since the previous report. */
    written: z.array(z.string()),
    /** Flows written so far, of `total` the apply writes (skipped flows are not counted). */
    done: z.number().int().min(0),
    total: z.number().int().min(0),
  });
}
export type ImportProgress = z.infer<ReturnType<typeof buildImportProgressSchema>>;
