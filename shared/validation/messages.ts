import type { Diagnostic, DiagnosticCode, Severity } from '../format/diagnostic';
import { refKindSchema } from '../format/entity-ref';
import type { JsonPath } from '../format/entity-ref';
import { KIND_LABELS } from '../catalog/kind-labels';
import { LOCALES } from '../catalog/labels';
import type { Labels } from '../catalog/labels';
import { fillPlaceholders } from '../text/placeholders';

/**
 * English message templates, one per code; `{{name}}` stands for a parameter (the syntax of
 * the UI's translations, filled by shared/text/placeholders.ts). A UI that speaks another
 * language renders `code` + `params` with its own table of templates.
 */
export const MESSAGE_TEMPLATES: Readonly<Record<DiagnosticCode, string>> = {
  FORMAT_INVALID: '{{where}}: {{detail}}',
  FORMAT_TOO_NEW:
    'This file is flow format version {{version}}; this build of Flowpack Studio reads up to version {{supported}}. Update Flowpack Studio to open it.',
  PROFILE_UNKNOWN: 'Unknown profile "{{profile}}"; expected one of: {{expected}}.',
  STEP_TYPE_UNKNOWN: 'Step type "{{type}}" does not exist in the {{profile}} profile.',
  ID_DUPLICATE: 'The id "{{id}}" is used by more than one {{element}}.',
  TRIGGER_MISSING: 'The flow has no trigger; a {{profile}} flow starts with {{min, plural}}.',
  TRIGGER_MULTIPLE: 'The flow has {{count}} triggers; a {{profile}} flow has at most {{max}}.',
  EDGE_DANGLING: 'Connection "{{edge}}" {{end}} step "{{node}}", which does not exist.',
  EDGE_INTO_TRIGGER: 'Connection "{{edge}}" leads into the trigger "{{node}}"; triggers start a flow and take no input.',
  PORT_UNKNOWN: 'Connection "{{edge}}" leaves step "{{node}}" through "{{port}}", which this step does not have (it has: {{ports}}).',
  PORT_UNCONNECTED: 'The "{{port}}" path of this step leads nowhere, so the flow ends early there.',
  PORT_MULTIPLE_CONNECTIONS:
    'The "{{port}}" path of this step has {{count}} connections ({{edges}}); the platforms allow one connection per output, so keep one and remove the others.',
  NODE_UNREACHABLE: 'No path from the trigger reaches this step; it never runs.',
  CONFIG_REQUIRED: '"{{field}}" is required.',
  CONFIG_INVALID: '"{{field}}": {{detail}}',
  REF_PLACEHOLDER: '"{{field}}": choose a {{kind}} (still a placeholder).',
  LIMIT_STEPS: 'The flow has {{count}} steps; {{profile}} flows may have at most {{max}}.',
  LIMIT_SIZE: 'The flow is {{size}} KB; {{profile}} flows may be at most {{max}} KB.',
  LOOP_SELF_TRIGGER: 'This step {{cause}}, which fires this flow\'s own trigger "{{trigger}}": the flow would run again and again.',
  LOOP_CROSS_FLOW: 'These flows trigger each other in a loop: {{cycle}}.',
  FLOW_KIND_MISMATCH: '{{detail}}',
  EXPORT_BLOCKED: '"{{node}}" cannot be exported: {{reason}}.',
  DEPENDENCY_MISSING:
    'This step uses the flow "{{flow}}", which is neither being exported nor in the workspace; a pack must carry the flows its flows call.',
  PACK_PROFILE_MIXED: 'This is a {{profile}} flow, but the pack holds {{expected}} flows; all flows of one pack share a profile.',
  IMPORT_PROFILE_MISMATCH: 'This pack holds {{pack}} flows; the tenant is a {{tenant}} tenant, so they cannot be imported there.',
  IMPORT_REPLACES_FLOW:
    'Importing replaces the tenant\'s flow "{{name}}": its current definition and any unpublished changes will be lost.',
  IMPORT_DECISION_INVALID: 'Decision not applied: {{detail}}.',
  IMPORT_ORDER_CYCLE: 'These flows use each other, so none of them can be imported before the others: {{cycle}}.',
  IMPORT_BLOCKED: 'Step "{{node}}" ({{type}}) cannot be imported into a {{profile}} tenant; remove it from the flow first.',
  REF_REMOVED: '"{{field}}": the {{what}} {{reason}}; it is removed on import.',
  REF_UNRESOLVED: '"{{field}}": the tenant has no {{what}} with UUID {{uuid}}; create it there or choose another.',
  REF_REMOVED_CHANGES_STEP: 'Step "{{step}}" changes on import: "{{before}}" becomes "{{after}}"; review what it does now.',
  LIMIT_FLOWS: 'The tenant would have {{count}} flows ({{existing}} now, {{added}} added); {{profile}} tenants allow at most {{max}}.',
  IMPORT_KEPT_SECRET: 'Kept from the tenant: the secret "{{field}}" ({{path}}), which the pushed file leaves empty.',
  IMPORT_STRUCTURE_LOCKED:
    'The tenant\'s journey "{{name}}" is {{status}}: an import may change its steps\' settings but not add or remove steps or connections (added: {{added}}; removed: {{removed}}). Import it as a copy, or skip it.',
  IMPORT_RUNNING_EDIT_LOCKED:
    'The tenant\'s journey "{{name}}" is {{status}}: step "{{step}}" cannot change "{{field}}" while it runs (editable while running: {{editable}}). Import it as a copy, or skip it.',
  IMPORT_PUBLISHED_LOCKED:
    'The tenant\'s workflow "{{name}}" is published and must be stopped before it is changed; stopping ejects its {{contacts}} enrolled contacts. Choose "stop, then update", import it as a copy, or skip it.',
  IMPORT_STOPS_FLOW:
    'The tenant\'s workflow "{{name}}" is stopped, then updated: its {{contacts}} enrolled contacts are ejected and not enrolled again. It stays stopped until it is published.',
};

export type DiagnosticParams = Record<string, string | number>;

/**
 * A parameter in every language of the catalog: `name` in English, as the message uses it, and
 * `name@pt-BR`, `name@es` for a UI in those languages (see `diagnosticSchema`).
 */
export function paramInEveryLanguage(name: string, labels: Labels): DiagnosticParams {
  const params: DiagnosticParams = {};
  for (const locale of LOCALES) params[locale === 'en' ? name : `${name}@${locale}`] = labels[locale];
  return params;
}

/** The `kind` parameter of a message about a reference: the kind in words in every language, the kind itself when unknown. */
export function kindParam(kind: string): DiagnosticParams {
  const parsed = refKindSchema.safeParse(kind);
  return parsed.success ? paramInEveryLanguage('kind', KIND_LABELS[parsed.data]) : { kind };
}

export interface DiagnosticTarget {
  flowId?: string;
  nodeId?: string;
  edgeId?: string;
  path?: JsonPath;
}

// `{{min, plural}}`: a number of triggers in words, the only count a template writes out.
const ENGLISH_FORMATS = { plural: (value: string | number) => (value === 1 ? 'one trigger' : `${value} triggers`) };

function render(template: string, params: DiagnosticParams): string {
  return fillPlaceholders(template, params, ENGLISH_FORMATS);
}

/** Builds a diagnostic whose message is rendered from its code's template. */
export function diagnostic(
  severity: Severity,
  code: DiagnosticCode,
  params: DiagnosticParams,
  target: DiagnosticTarget = {},
): Diagnostic {
  const result: Diagnostic = { severity, code, message: render(MESSAGE_TEMPLATES[code], params), params };
  if (target.flowId !== undefined) result.flowId = target.flowId;
  if (target.nodeId !== undefined) result.nodeId = target.nodeId;
  if (target.edgeId !== undefined) result.edgeId = target.edgeId;
  if (target.path !== undefined) result.path = target.path;
  return result;
}

/** A JSON path as people read it: `nodes[3].config.text`. */
export function formatPath(path: readonly PropertyKey[]): string {
  let text = '';
  for (const key of path) text += typeof key === 'number' ? `[${key}]` : text === '' ? String(key) : `.${String(key)}`;
  return text === '' ? '(document)' : text;
}
