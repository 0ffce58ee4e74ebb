import type { z } from 'zod';
import { fieldLabels, requiredFieldPatterns } from '../catalog/required-fields';
import { findStepType } from '../catalog/registry';
import { formatHintLabels } from '../catalog/format-hints';
import type { Port, StepType } from '../catalog/types';
import type { Diagnostic } from '../format/diagnostic';
import { walkRefs } from '../format/entity-ref';
import { flowNodeSchema } from '../format/flow-schema';
import { isWellFormedNode } from '../format/well-formed';
import type { FlowNode } from '../format/flow-schema';
import type { FlowKind, Profile } from '../format/profiles';
import { isRecord, valuesAt } from '../format/json-paths';
import { diagnostic, formatPath, kindParam, paramInEveryLanguage } from './messages';
import type { DiagnosticParams } from './messages';
import { NO_FACTS, stepFacts } from './step-facts';
import type { StepFacts } from './step-facts';
import { summariseIssues, type IssueSummary } from './zod-issues';

/**
 * Everything the validator learns from one node on its own. Computed once per node object
 * and reused while the node is unchanged (immer keeps unchanged nodes identical), which is
 * what makes re-validation after an edit cheap.
 */
export interface NodeReport {
  profile: Profile;
  kind: FlowKind;
  /** The node's id when it has a usable one, even if the rest is malformed. */
  id: string | undefined;
  name: string;
  node: FlowNode | undefined;
  step: StepType | undefined;
  /** True when the config passed the step's schema (so its ports and facts are known). */
  configValid: boolean;
  ports: readonly Port[];
  /** Signals, jump targets and called flows, read from the parsed config (which is not kept). */
  facts: StepFacts;
  /** Diagnostics with paths relative to the node (one shared empty list for the many nodes without). */
  diagnostics: readonly Diagnostic[];
  /** The node's size as compact JSON in UTF-8, measured by the validator on first need. */
  size: number | undefined;
}

/**
 * No diagnostics: shared by every report without any, since an editor keeps a report per
 * node. Readonly by type, not frozen: a frozen array is a different kind of array to the
 * engine, and mixing kinds slows every loop over the reports.
 */
export const NO_DIAGNOSTICS: readonly Diagnostic[] = [];
const NO_PORTS: readonly Port[] = [];

/** Checks one node on its own: its shape, its step's config and its references. Never throws on user data. */
export function checkNode(raw: unknown, profile: Profile, kind: FlowKind): NodeReport {
  const diagnostics: Diagnostic[] = [];
  const report = inspectNode(raw, profile, kind, diagnostics);
  if (diagnostics.length > 0) report.diagnostics = diagnostics;
  return report;
}

function inspectNode(raw: unknown, profile: Profile, kind: FlowKind, diagnostics: Diagnostic[]): NodeReport {
  const record = isRecord(raw) ? raw : undefined;
  const id = typeof record?.id === 'string' ? record.id : undefined;
  const name = typeof record?.name === 'string' ? record.name : '';
  // Every property is in the literal so all reports share one compact shape.
  const report: NodeReport = { profile, kind, id, name, node: undefined, step: undefined, configValid: false, ports: NO_PORTS, facts: NO_FACTS, diagnostics: NO_DIAGNOSTICS, size: undefined };
  const target = id === undefined ? {} : { nodeId: id };
  const step = typeof record?.type === 'string' ? findStepType(profile, record.type) : undefined;

  // A node of the ordinary shape needs only its config checked; otherwise one parse checks
  // the node's structure and its step's config together, and explains what is wrong.
  const fast = step !== undefined && isWellFormedNode(raw);
  const parsed = fast ? step.config.safeParse(record!.config) : (step ? nodeSchemaFor(step) : flowNodeSchema).safeParse(raw);
  if (parsed.success) {
    report.node = raw as FlowNode;
  } else {
    for (const issue of summariseIssues(parsed.error, fast ? record!.config : raw)) {
      const path = fast ? ['config', ...issue.path] : issue.path;
      if (step && path[0] === 'config' && path.length > 1) {
        const configPath = path.slice(1);
        const field = fieldParam(step, configPath);
        diagnostics.push(
          issue.missing
            ? diagnostic('error', 'CONFIG_REQUIRED', field, { ...target, path })
            : diagnostic('error', 'CONFIG_INVALID', { ...field, ...detailParam(issue.detail, issue.values) }, { ...target, path }),
        );
      } else {
        const where = formatPath(['step', ...path]);
        diagnostics.push(diagnostic('error', 'FORMAT_INVALID', { where, detail: issue.detail }, { ...target, path }));
      }
    }
  }
  if (!record || typeof record.type !== 'string') return report;
  if (!step) {
    if (parsed.success) {
      diagnostics.push(diagnostic('error', 'STEP_TYPE_UNKNOWN', { type: record.type, profile }, { ...target, path: ['type'] }));
    }
    return report;
  }
  report.step = step;
  if (step.kinds && !step.kinds.includes(kind)) {
    const detail = `A "${step.labels.en}" step belongs in ${step.kinds.join(' or ')} flows, not in a ${kind} flow.`;
    diagnostics.push(diagnostic('error', 'FLOW_KIND_MISMATCH', { detail, type: step.type, kind }, { ...target, path: ['type'] }));
  }
  if (parsed.success) {
    const config = (fast ? parsed.data : (parsed.data as { config: unknown }).config) as Record<string, unknown>;
    report.configValid = true;
    report.ports = safePorts(step, config);
    report.facts = stepFacts(step, config);
  }
  if (!isRecord(record.config)) return report;
  checkRequiredFields(step, record.config, target, diagnostics);
  walkRefs(
    record.config,
    (ref, path) => {
      if (ref.id !== undefined || ref.uuid !== undefined || ref.name !== undefined) return;
      diagnostics.push(diagnostic('error', 'REF_PLACEHOLDER', { ...fieldParam(step, path.slice(1)), ...kindParam(ref.$ref) }, { ...target, path }));
    },
    ['config'],
  );
  return report;
}

const nodeSchemas = new WeakMap<StepType, z.ZodType>();

/** The node schema with this step type's config schema in place of "any object". */
function nodeSchemaFor(step: StepType): z.ZodType {
  let schema = nodeSchemas.get(step);
  if (!schema) {
    schema = flowNodeSchema.extend({ config: step.config });
    nodeSchemas.set(step, schema);
  }
  return schema;
}

/** Ports come from catalog code run on user data; a throwing `ports` must not break validation. */
function safePorts(step: StepType, config: Record<string, unknown>): readonly Port[] {
  try {
    return step.ports(config);
  } catch {
    return [];
  }
}

function checkRequiredFields(step: StepType, config: Record<string, unknown>, target: { nodeId?: string }, out: Diagnostic[]): void {
  for (const pattern of requiredFieldPatterns(step.config)) {
    // A top-level field (the common case) is checked without building paths.
    if (pattern.length === 1 && !isBlank(config[pattern[0]!])) continue;
    for (const [value, path] of valuesAt(config, pattern)) {
      if (!isBlank(value)) continue;
      out.push(diagnostic('error', 'CONFIG_REQUIRED', fieldParam(step, path), { ...target, path: ['config', ...path] }));
    }
  }
}

/** The detail of a broken value: a step's format rule in every language, other details as the parse gave them. */
function detailParam(detail: string, values: IssueSummary['values']): DiagnosticParams {
  const hint = formatHintLabels(detail, values);
  return hint ? paramInEveryLanguage('detail', hint) : { detail };
}

/** The `field` parameter of a message about the config field at `path`: its label in every language, else the path. */
function fieldParam(step: StepType, path: readonly (string | number)[]): DiagnosticParams {
  const labels = fieldLabels(step.config, path);
  return labels ? paramInEveryLanguage('field', labels) : { field: formatPath(path) };
}

/** Blank text or an empty list. Missing values are zod's to report; placeholder references have their own code. */
function isBlank(value: unknown): boolean {
  if (typeof value === 'string') return value.trim() === '';
  return Array.isArray(value) && value.length === 0;
}

