import { z } from 'zod';

/**
 * Stable diagnostic codes. Scripts, translations and tests key on these, so a code is
 * never renamed or reused for another meaning.
 */
export const DIAGNOSTIC_CODES = [
  'FORMAT_INVALID',
  'FORMAT_TOO_NEW',
  'PROFILE_UNKNOWN',
  'STEP_TYPE_UNKNOWN',
  'ID_DUPLICATE',
  'TRIGGER_MISSING',
  'TRIGGER_MULTIPLE',
  'EDGE_DANGLING',
  'EDGE_INTO_TRIGGER',
  'PORT_UNKNOWN',
  'PORT_UNCONNECTED',
  'PORT_MULTIPLE_CONNECTIONS',
  'NODE_UNREACHABLE',
  'CONFIG_REQUIRED',
  'CONFIG_INVALID',
  'REF_PLACEHOLDER',
  'LIMIT_STEPS',
  'LIMIT_SIZE',
  'LOOP_SELF_TRIGGER',
  'LOOP_CROSS_FLOW',
  'FLOW_KIND_MISMATCH',
  // Pack export.
  'EXPORT_BLOCKED',
  'DEPENDENCY_MISSING',
  'PACK_PROFILE_MIXED',
  // Import planning.
  'IMPORT_PROFILE_MISMATCH',
  'IMPORT_REPLACES_FLOW',
  'IMPORT_DECISION_INVALID',
  'IMPORT_ORDER_CYCLE',
  'IMPORT_BLOCKED',
  'REF_REMOVED',
  'REF_REMOVED_CHANGES_STEP',
  'REF_UNRESOLVED',
  'LIMIT_FLOWS',
  // Import planning on a tenant that knows its flows' lifecycle.
  'IMPORT_STRUCTURE_LOCKED',
  'IMPORT_RUNNING_EDIT_LOCKED',
  'IMPORT_PUBLISHED_LOCKED',
  'IMPORT_STOPS_FLOW',
  // Import planning of a deploy that updates a flow.
  'IMPORT_KEPT_SECRET',
] as const;
export const diagnosticCodeSchema = z.enum(DIAGNOSTIC_CODES);
export type DiagnosticCode = z.infer<typeof diagnosticCodeSchema>;

export const SEVERITIES = ['error', 'warning', 'info'] as const;
export const severitySchema = z.enum(SEVERITIES);
export type Severity = z.infer<typeof severitySchema>;

/**
 * One finding of the validator. `message` is the English text; `params` carry the values
 * it was built from so a UI can render it in another language from `code` + `params`. A
 * parameter that names something the catalog labels (a config field) also comes in its other
 * languages as `<name>@pt-BR` and `<name>@es`, which such a UI uses in place of `<name>`.
 * The target fields say where: the flow, a node, an edge, and the JSON path inside the
 * document (the CLI turns the path into a line and column).
 */
export const diagnosticSchema = z
  .object({
    severity: severitySchema,
    code: diagnosticCodeSchema,
    message: z.string(),
    params: z.record(z.string(), z.union([z.string(), z.number()])).optional(),
    flowId: z.string().optional(),
    nodeId: z.string().optional(),
    edgeId: z.string().optional(),
    path: z.array(z.union([z.string(), z.number()])).optional(),
  })
  .strict();
export type Diagnostic = z.infer<typeof diagnosticSchema>;

/**
 * A diagnostic as a tenant reports it (import plans and reports, refusals). A newer tenant may
 * report a code this version does not know yet, or a field it does not have: the code is kept
 * as it is and the diagnostic is shown with the tenant's own message, rather than the whole
 * answer being refused as unreadable.
 */
export const reportedDiagnosticSchema = z.object({
  ...diagnosticSchema.shape,
  code: z.string().regex(/^[A-Z][A-Z0-9_]{0,99}$/, { error: 'a diagnostic code is written in capitals and underscores' }),
});
export type ReportedDiagnostic = z.infer<typeof reportedDiagnosticSchema>;

export function hasErrors(diagnostics: readonly Diagnostic[]): boolean {
  return diagnostics.some((d) => d.severity === 'error');
}
