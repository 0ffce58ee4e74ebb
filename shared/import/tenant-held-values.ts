import { refKindSchema, walkRefs } from '../format/entity-ref';
import type { JsonPath, RefKind, RefLike } from '../format/entity-ref';
import type { Flow, FlowNode } from '../format/flow-schema';
import { findStepType } from '../catalog/registry';
import { fieldLabels } from '../catalog/required-fields';
import type { Diagnostic } from '../format/diagnostic';
import { isRecord, valueAt, valuesAt } from '../format/json-paths';
import { secretFields } from '../pack/export/secret-fields';
import { diagnostic, formatPath, paramInEveryLanguage } from '../validation/messages';
import { copyJson } from '../json/copy-json';
import type { ReferencePlan, RefTarget } from './import-plan';
import { kindWords } from '../catalog/kind-labels';

/**
 * What the tenant's current version of a flow holds, for a deploy that updates it: a value the
 * tenant holds and the pushed file leaves empty (a sender, an author, an assignee) is kept, so a
 * push never blanks what the tenant has. Nodes are found by id, never by position, so a file
 * whose steps were reordered or added to still finds each one's values.
 */
export interface TenantHeldValues {
  /**
   * The tenant's reference at `path` of the pushed document (inside a node's config), when it
   * holds a real one (with an id, UUID or name) of the same kind there.
   */
  reference(document: Flow, path: JsonPath, kind: RefKind): RefLike | undefined;
  /**
   * Puts back into `document` each single reference (not a list element: removing one from a
   * list is an edit) the tenant holds in a node's config and the file lacks altogether, and
   * returns them as `kept` references.
   */
  restoreAbsent(document: Flow, flowId: string): ReferencePlan[];
  /**
   * Puts back into `document` each secret config field (an HTTP header value) the file leaves
   * empty and the tenant's same step holds, a list element found by its `name` (a header by
   * its name), else by its position; returns an `IMPORT_KEPT_SECRET` note for each.
   */
  restoreSecrets(document: Flow): Diagnostic[];
}

/** The values the tenant's `current` document of a flow holds, looked up by node id. */
export function tenantHeldValues(current: Flow): TenantHeldValues {
  const nodes = new Map<string, FlowNode>(current.nodes.map((node) => [node.id, node]));
  const tenantConfigAt = (document: Flow, path: JsonPath): { config: Record<string, unknown>; rest: JsonPath } | undefined => {
    if (path[0] !== 'nodes' || typeof path[1] !== 'number' || path[2] !== 'config') return undefined;
    const node = document.nodes[path[1]];
    const held = node === undefined ? undefined : nodes.get(node.id);
    return held && held.type === node!.type ? { config: held.config, rest: path.slice(3) } : undefined;
  };
  return {
    reference(document, path, kind) {
      const found = tenantConfigAt(document, path);
      if (!found) return undefined;
      const value = valueAt(found.config, found.rest);
      return isRealRef(value, kind) ? value : undefined;
    },
    restoreAbsent(document, flowId) {
      const kept: ReferencePlan[] = [];
      document.nodes.forEach((node, index) => {
        const held = nodes.get(node.id);
        if (!held || held.type !== node.type) return;
        walkRefs(held.config, (ref, rest) => {
          if (rest.some((segment) => typeof segment === 'number') || !isRealRef(ref, ref.$ref)) return;
          const parent = valueAt(node.config, rest.slice(0, -1));
          const key = rest[rest.length - 1] as string;
          if (!isRecord(parent) || parent[key] !== undefined) return;
          parent[key] = copyJson(ref);
          kept.push(keptReference(flowId, node.id, ['nodes', index, 'config', ...rest], ref));
        });
      });
      return kept;
    },
    restoreSecrets(document) {
      const notes: Diagnostic[] = [];
      document.nodes.forEach((node, index) => {
        const held = nodes.get(node.id);
        const step = held && held.type === node.type ? findStepType(document.profile, node.type) : undefined;
        if (!held || !step) return;
        for (const secret of secretFields(step.config)) {
          for (const [value, rest] of valuesAt(node.config, secret.pattern)) {
            if (value !== undefined && value !== '') continue;
            const tenantValue = sameElementValue(held.config, node.config, rest);
            if (typeof tenantValue !== 'string' || tenantValue === '') continue;
            (valueAt(node.config, rest.slice(0, -1)) as Record<string | number, unknown>)[rest[rest.length - 1]!] = tenantValue;
            const labels = fieldLabels(step.config, rest);
            const params = { ...(labels ? paramInEveryLanguage('field', labels) : { field: formatPath(rest) }), path: formatPath(rest) };
            notes.push(diagnostic('info', 'IMPORT_KEPT_SECRET', params, { flowId: document.id, nodeId: node.id, path: ['nodes', index, 'config', ...rest] }));
          }
        }
      });
      return notes;
    },
  };
}

/**
 * The value at `path` of the tenant's config, following the file's config along it: a list
 * element is the tenant's element with the same `name` when the file's element has one (a
 * header keeps its value by name, wherever the list moved it), otherwise the same position.
 */
function sameElementValue(tenantConfig: unknown, fileConfig: unknown, path: JsonPath): unknown {
  let tenant = tenantConfig;
  let file = fileConfig;
  for (const segment of path) {
    if (typeof segment === 'number' && Array.isArray(tenant) && Array.isArray(file)) {
      const element: unknown = file[segment];
      const name = isRecord(element) && typeof element.name === 'string' ? element.name : undefined;
      tenant = name === undefined ? tenant[segment] : tenant.find((candidate) => isRecord(candidate) && candidate.name === name);
      file = element;
      continue;
    }
    tenant = isRecord(tenant) ? tenant[segment as string] : undefined;
    file = isRecord(file) ? file[segment as string] : undefined;
  }
  return tenant;
}

/** A reference that names an entity: with an id, a UUID or a name. */
function isRealRef(value: unknown, kind: string): value is RefLike {
  if (!isRecord(value) || value.$ref !== kind || !refKindSchema.safeParse(kind).success) return false;
  return ['id', 'uuid', 'name'].some((key) => typeof value[key] === 'string' && value[key] !== '');
}

/** Where a kept reference points: the tenant's own entity, as its document names it. */
export function keptTarget(ref: RefLike): RefTarget {
  const target: RefTarget = { name: typeof ref.name === 'string' ? ref.name : typeof ref.id === 'string' ? ref.id : String(ref.uuid ?? '') };
  if (typeof ref.id === 'string') target.id = ref.id;
  if (typeof ref.uuid === 'string') target.uuid = ref.uuid;
  return target;
}

export const KEPT_MESSAGE = (kind: RefKind, name: string) => `Kept from the tenant: ${kindWords(kind)} "${name}" (the pushed file leaves it empty or names one the tenant does not have).`;

function keptReference(flowId: string, nodeId: string, path: JsonPath, ref: RefLike): ReferencePlan {
  const kind = ref.$ref as RefKind;
  const target = keptTarget(ref);
  return { flowId, nodeId, path, kind, outcome: 'kept', target, message: KEPT_MESSAGE(kind, target.name) };
}
