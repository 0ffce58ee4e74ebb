import type { Diagnostic, DiagnosticCode } from '../format/diagnostic';
import type { JsonPath, RefKind } from '../format/entity-ref';
import type { Flow } from '../format/flow-schema';
import type { FlowKind, Profile } from '../format/profiles';
import type { FlowAction, ReferenceBindingKey } from './import-decisions';

/**
 * What import does with one reference.
 * - `linked`: the same id or UUID exists in the tenant (or the admin chose an entity).
 * - `reused`: an entity with exactly the same name exists and is used.
 * - `created`: the entity is created on import (tags, pipeline custom fields, the metric field).
 * - `placeholder`: left for the admin to choose, now or in the imported draft: an error to configure,
 *   which blocks going live but not the import.
 * - `unresolved`: the tenant has no entity with the reference's UUID (contact-center, policy
 *   `linkByUuid`): the reference keeps its UUID and name, an error to configure until the tenant
 *   has that entity (then it links without an edit, checked again at publish) or the admin picks another.
 * - `removed`: dropped from the flow, with a warning.
 * - `kept`: a deploy updating a flow the tenant has, whose file leaves the reference empty, as a
 *   placeholder or pointing at nothing the tenant has: the tenant's own value stays
 *   (`shared/import/tenant-held-values.ts`). Never for packs.
 */
export const REF_OUTCOMES = ['linked', 'reused', 'created', 'placeholder', 'unresolved', 'removed', 'kept'] as const;
export type RefOutcome = (typeof REF_OUTCOMES)[number];

/** The tenant entity a reference ends up pointing at (for `created`: the one that will be). */
export interface RefTarget {
  id?: string;
  uuid?: string;
  name: string;
  /** Custom fields: what the field holds. */
  type?: string;
  /** The entity is a flow imported with this same pack. */
  inPack?: boolean;
}

/** One reference of a pack flow and what import does with it. */
export interface ReferencePlan {
  /** The flow's id in the pack. */
  flowId: string;
  nodeId?: string;
  /** Where the reference is inside the flow document. */
  path: JsonPath;
  kind: RefKind;
  outcome: RefOutcome;
  /** The name the reference carried in the pack, to show beside the outcome. */
  sourceName?: string;
  target?: RefTarget;
  /**
   * A placeholder, removal or unresolved reference whose id or UUID the tenant lacks, while an entity of exactly the same
   * name exists: offered for the admin to map to, never applied unasked.
   */
  suggestion?: RefTarget;
  /** Where the reference is in words that survive edits of the flow, for a choice that lasts; references inside a step's config have one. */
  binding?: ReferenceBindingKey;
  message: string;
}

/** The existing tenant flow an `update` replaces. */
export interface ReplacedFlow {
  id: string;
  name: string;
  kind: FlowKind;
  status?: string;
}

/** One flow of the pack and what importing it does. */
export interface FlowPlan {
  /** The flow's id in the pack. */
  flowId: string;
  /** The id it has in the tenant after import (differs from `flowId` for a `copy`, and for an `update` of a copy its decision names). */
  targetId: string;
  name: string;
  kind?: FlowKind;
  action: FlowAction;
  /**
   * Every import arrives as a draft. A tenant applying an update keeps the status of a flow whose
   * platform says so (a started journey, a stopped workflow; see the tenant's lifecycle rules).
   */
  status: 'draft';
  replaces?: ReplacedFlow;
  /** The document that would be imported (references mapped); absent when the flow is skipped or unreadable. */
  document?: Flow;
  references: ReferencePlan[];
  diagnostics: Diagnostic[];
}

/** An entity import would create in the tenant. */
export interface CreatedEntity {
  kind: RefKind;
  name: string;
  type?: string;
  /** The metric field is linked to this flow (by its tenant id). */
  forFlow?: string;
}

export interface ImportSummary {
  actions: Record<FlowAction, number>;
  references: Record<RefOutcome, number>;
  /** Entities created, once each, sorted by kind and name. */
  creates: CreatedEntity[];
  /** Errors that refuse the import (see `DIAGNOSTIC_CLASSES`); the plan can be applied when 0. */
  errors: number;
  /** Errors that travel: the flows arrive as drafts with these to finish before going live. */
  toConfigure: number;
  warnings: number;
}

/**
 * What importing a pack into a tenant would do, computed without touching the tenant.
 * `flows` is in import order: flows another flow of the pack uses come first.
 */
export interface ImportPlan {
  packName: string;
  profile: Profile;
  tenant: { id: string; name: string; profile: Profile };
  flows: FlowPlan[];
  /** Findings about the import as a whole (profile, flow count, order). */
  diagnostics: Diagnostic[];
  summary: ImportSummary;
}

/**
 * Codes a tenant adds to its own plan of an import, from what only it knows (its flows'
 * lifecycle status, its enrolled contacts); the server's import suites cover them.
 */
export const TENANT_PLAN_DIAGNOSTIC_CODES = ['IMPORT_STRUCTURE_LOCKED', 'IMPORT_RUNNING_EDIT_LOCKED', 'IMPORT_PUBLISHED_LOCKED', 'IMPORT_STOPS_FLOW'] as const satisfies readonly DiagnosticCode[];

/**
 * Codes only the plan of a deploy produces (it needs the tenant's current document of a flow);
 * shared/import/plan-deploy.test.ts covers them.
 */
export const DEPLOY_PLAN_DIAGNOSTIC_CODES = ['IMPORT_KEPT_SECRET'] as const satisfies readonly DiagnosticCode[];

/**
 * The diagnostic codes planning itself produces (validation of the pack's flows adds its
 * own). Each has a case under test/fixtures/import/codes/.
 */
export const PLAN_DIAGNOSTIC_CODES = [
  'IMPORT_PROFILE_MISMATCH',
  'IMPORT_REPLACES_FLOW',
  'IMPORT_DECISION_INVALID',
  'IMPORT_ORDER_CYCLE',
  'IMPORT_BLOCKED',
  'REF_REMOVED',
  'REF_REMOVED_CHANGES_STEP',
  'REF_PLACEHOLDER',
  'REF_UNRESOLVED',
  'LIMIT_FLOWS',
  'LIMIT_STEPS',
  'LIMIT_SIZE',
  'FLOW_KIND_MISMATCH',
  'ID_DUPLICATE',
] as const satisfies readonly DiagnosticCode[];
