import type { DiagnosticCode, Severity } from './diagnostic';

/**
 * What an error means for moving a flow between places (export, import, a tenant's plan):
 * - `unusable`: the flow cannot exist in the destination as it is (malformed, a blocked step
 *   type, the wrong flow kind or profile, a hard limit, a decision or order the import cannot
 *   follow). Export and import refuse it.
 * - `to-configure`: the flow is sound but a person must finish it (a placeholder to choose, a
 *   required field left empty, a loop to break). It travels, lands as a draft and is listed as
 *   "to configure"; it still blocks publish, start and activate, so its severity stays `error`.
 * - `notice`: only ever reported as a warning; it never refuses anything.
 *
 * The platforms export a workflow "regardless of its current state" and import a flow with
 * placeholders to configure afterwards (see docs/FORMAT.md, "What refuses and what travels").
 */
export type DiagnosticClass = 'unusable' | 'to-configure' | 'notice';

/**
 * Every code decided once; a new code does not compile until it is placed here. The comment
 * says why where the choice is not obvious from the code's name.
 */
export const DIAGNOSTIC_CLASSES: Readonly<Record<DiagnosticCode, DiagnosticClass>> = {
  FORMAT_INVALID: 'unusable',
  FORMAT_TOO_NEW: 'unusable',
  PROFILE_UNKNOWN: 'unusable',
  // A step the destination has no such type for cannot be finished there, only removed.
  STEP_TYPE_UNKNOWN: 'unusable',
  // Two elements with one id: connections and references become ambiguous.
  ID_DUPLICATE: 'unusable',
  // A draft starts without a trigger on the platforms: a person picks one.
  TRIGGER_MISSING: 'to-configure',
  // No platform builder can hold two triggers in one flow: the document does not describe a flow they have.
  TRIGGER_MULTIPLE: 'unusable',
  // Connections that name missing steps or ports, or lead into a trigger, are a broken document, not an unfinished one.
  EDGE_DANGLING: 'unusable',
  EDGE_INTO_TRIGGER: 'unusable',
  PORT_UNKNOWN: 'unusable',
  PORT_UNCONNECTED: 'notice',
  PORT_MULTIPLE_CONNECTIONS: 'notice',
  NODE_UNREACHABLE: 'notice',
  // A required field left empty (an export that drops a product filter leaves one): a person fills it in.
  CONFIG_REQUIRED: 'to-configure',
  // A value of the wrong type or form: the platforms refuse a file whose values are not "formatted correctly".
  CONFIG_INVALID: 'unusable',
  REF_PLACEHOLDER: 'to-configure',
  LIMIT_STEPS: 'unusable',
  LIMIT_SIZE: 'unusable',
  // Loops block publishing on the platform, not saving: a person breaks them before going live.
  LOOP_SELF_TRIGGER: 'to-configure',
  LOOP_CROSS_FLOW: 'to-configure',
  FLOW_KIND_MISMATCH: 'unusable',
  EXPORT_BLOCKED: 'unusable',
  // The author's own workspace lacks a flow the pack must carry; the recipient could not supply it.
  DEPENDENCY_MISSING: 'unusable',
  PACK_PROFILE_MIXED: 'unusable',
  IMPORT_PROFILE_MISMATCH: 'unusable',
  IMPORT_REPLACES_FLOW: 'notice',
  // A decision the plan cannot follow would make the apply differ from what the admin chose.
  IMPORT_DECISION_INVALID: 'unusable',
  IMPORT_ORDER_CYCLE: 'unusable',
  IMPORT_BLOCKED: 'unusable',
  REF_REMOVED: 'notice',
  REF_REMOVED_CHANGES_STEP: 'notice',
  // An entity the tenant lacks, still named by its cross-tenant UUID: a person creates it there or picks another.
  REF_UNRESOLVED: 'to-configure',
  LIMIT_FLOWS: 'unusable',
  // A lifecycle rule of the flow being replaced: the import must take another action (copy, skip).
  IMPORT_STRUCTURE_LOCKED: 'unusable',
  IMPORT_RUNNING_EDIT_LOCKED: 'unusable',
  // A published workflow changes only once stopped: the admin chooses to stop it first, copy or skip.
  IMPORT_PUBLISHED_LOCKED: 'unusable',
  IMPORT_STOPS_FLOW: 'notice',
  IMPORT_KEPT_SECRET: 'notice',
};

interface Classified {
  severity: Severity;
  /** A tenant may report a code this build does not know: it refuses, as the tenant's own error. */
  code: string;
}

/** The class of a code; a code this build does not know (from a newer tenant) counts as unusable. */
export function classOf(code: string): DiagnosticClass {
  return (DIAGNOSTIC_CLASSES as Record<string, DiagnosticClass | undefined>)[code] ?? 'unusable';
}

/** An error that refuses an export or an import. */
export function refuses(d: Classified): boolean {
  return d.severity === 'error' && classOf(d.code) !== 'to-configure';
}

/** An error a person must fix before the flow goes live, which does not stop it travelling. */
export function isToConfigure(d: Classified): boolean {
  return d.severity === 'error' && classOf(d.code) === 'to-configure';
}

export function refusingErrors<T extends Classified>(diagnostics: readonly T[]): T[] {
  return diagnostics.filter(refuses);
}

export function hasRefusingErrors(diagnostics: readonly Classified[]): boolean {
  return diagnostics.some(refuses);
}

export function toConfigure<T extends Classified>(diagnostics: readonly T[]): T[] {
  return diagnostics.filter(isToConfigure);
}
