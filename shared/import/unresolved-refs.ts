import { findStepType } from '../catalog/registry';
import { fieldLabels } from '../catalog/required-fields';
import type { StepType } from '../catalog/types';
import type { Diagnostic } from '../format/diagnostic';
import { refKindSchema, walkRefs } from '../format/entity-ref';
import type { JsonPath, RefKind, RefLike } from '../format/entity-ref';
import type { Flow } from '../format/flow-schema';
import { diagnostic, formatPath, paramInEveryLanguage } from '../validation/messages';
import type { DiagnosticParams } from '../validation/messages';
import { importPolicyFor } from './ref-policy';
import { findByIdentity } from './ref-resolution';
import { KIND_LABELS } from '../catalog/kind-labels';
import type { Labels } from '../catalog/labels';
import type { TenantIndex } from './tenant-index';

/**
 * The references of `flow` that name, by UUID, an entity the tenant does not have: each one a
 * `REF_UNRESOLVED` error to configure, on its step. Only references whose policy is
 * `linkByUuid` (contact-center entities) are checked: their UUID is the same in every tenant,
 * so the entity may appear later, and the reference links then without an edit.
 *
 * @remarks One check for both places that need it: import planning, over the document it would
 * store, and the tenant, against its catalog at publish (a draft may be saved meanwhile).
 */
export function unresolvedReferences(flow: Flow, tenant: TenantIndex): Diagnostic[] {
  const found: Diagnostic[] = [];
  walkRefs(flow, (ref, path) => {
    if (typeof ref.uuid !== 'string' || !refKindSchema.safeParse(ref.$ref).success) return;
    const kind = ref.$ref as RefKind;
    const nodeIndex = path[0] === 'nodes' && typeof path[1] === 'number' ? path[1] : undefined;
    const node = nodeIndex === undefined ? undefined : flow.nodes[nodeIndex];
    const step = node && findStepType(flow.profile, node.type);
    const configPath = node && path[2] === 'config' ? path.slice(3) : undefined;
    if (importPolicyFor(flow.profile, kind, step, configPath) !== 'linkByUuid') return;
    if (findByIdentity(tenant, { ...ref, $ref: kind })) return;
    const params = { ...referenceFieldParams(step, configPath, path), ...paramInEveryLanguage('what', referenceWhatLabels(kind, ref)), kind, uuid: ref.uuid };
    found.push(diagnostic('error', 'REF_UNRESOLVED', params, node ? { flowId: flow.id, nodeId: node.id, path } : { flowId: flow.id, path }));
  });
  return found;
}

/** The kind and name of a reference, as an English message names it: `queue "Sales"`. */
export function referenceWhat(kind: RefKind, ref: RefLike): string {
  return referenceWhatLabels(kind, ref).en;
}

/** The kind and name of a reference in every language: `queue "Sales"`, `cola "Sales"`. */
function referenceWhatLabels(kind: RefKind, ref: RefLike): Labels {
  const name = typeof ref.name === 'string' && ref.name !== '' ? ` "${ref.name}"` : '';
  const labels = KIND_LABELS[kind];
  return { en: `${labels.en}${name}`, 'pt-BR': `${labels['pt-BR']}${name}`, es: `${labels.es}${name}` };
}

/**
 * The field a reference sits in, as the step's form names it in every language where the step
 * type knows it, else its path inside the config (or the document).
 */
export function referenceFieldParams(step: StepType | undefined, configPath: JsonPath | undefined, path: JsonPath): DiagnosticParams {
  const labels = step && configPath ? fieldLabels(step.config, configPath) : undefined;
  return labels ? paramInEveryLanguage('field', labels) : { field: formatPath(configPath ?? path) };
}
