import { profileCatalog } from '../catalog/registry';
import type { ImportPolicy, ReferenceDeclaration, StepType } from '../catalog/types';
import type { JsonPath, RefKind } from '../format/entity-ref';
import type { FieldPattern } from '../format/json-paths';
import { fieldPattern, pathMatches } from '../format/json-paths';
import type { Profile } from '../format/profiles';

/** A declared reference field as a pattern (`tags[]` matching any position of the list). */
interface CompiledField {
  pattern: FieldPattern;
  declaration: ReferenceDeclaration;
}

const compiled = new WeakMap<StepType, readonly CompiledField[]>();

function compile(step: StepType): readonly CompiledField[] {
  let fields = compiled.get(step);
  if (!fields) {
    fields = step.references.map((declaration) => ({
      pattern: fieldPattern(declaration.field),
      declaration,
    }));
    compiled.set(step, fields);
  }
  return fields;
}

/**
 * The import policy for a reference, as export chooses its export policy: the step's own
 * declaration when the reference sits in a declared field of the step's config and is of a
 * declared kind, otherwise the profile's default for its kind (extension data, unknown keys).
 *
 * @param step - the node's step type, when the reference is inside a node of a known type
 * @param configPath - the path inside that node's `config`, or undefined outside any config
 */
export function importPolicyFor(profile: Profile, kind: RefKind, step: StepType | undefined, configPath: JsonPath | undefined): ImportPolicy {
  if (step && configPath) {
    const field = compile(step).find((candidate) => pathMatches(candidate.pattern, configPath));
    if (field && field.declaration.kinds.includes(kind)) return field.declaration.import;
  }
  return profileCatalog(profile).refDefaults[kind].import;
}

/**
 * The policy a deploy plans a reference with. A pack is shared with another organisation, so
 * what export strips (people, contacts, attachments) never arrives; a deploy is the
 * organisation's own flow sent as it is, so each reference is linked where its id or UUID
 * exists, reused by exactly the same name where the shared policy matches names, created where
 * the platform creates it, and otherwise left as a placeholder to configure (or kept from the
 * tenant, when it holds one). `linkOrRemove` stays: that removal is the platform's own import
 * rule, whoever sends the flow ("los valores de un paso de flujo de trabajo se eliminarán si
 * no coinciden con los datos disponibles en su espacio de trabajo", conversations-workflows.es.txt),
 * though a value the tenant's copy holds is still kept rather than removed.
 */
export function deployPolicy(policy: ImportPolicy): ImportPolicy {
  switch (policy) {
    case 'remove':
    case 'placeholder':
      return 'link';
    case 'matchOrRemove':
      return 'matchOrPlaceholder';
    default:
      return policy;
  }
}
