import type { z } from 'zod';
import type { EntityRef, RefKind } from '../format/entity-ref';
import type { FlowEdge, FlowNode } from '../format/flow-schema';
import type { FlowKind, Profile } from '../format/profiles';
import type { Labels, Locale } from './labels';

/**
 * How a port continues the flow.
 * - `main`: the normal continuation.
 * - `branch`: one of several outcomes the author defines (a branch condition, a menu option).
 * - `fallback`: failure, timeout, else, no input, invalid input. Left unconnected, the flow
 *   ends early there, which the validator reports as a warning (`PORT_UNCONNECTED`).
 */
export type PortRole = 'main' | 'branch' | 'fallback';

export interface Port {
  id: string;
  role: PortRole;
  label: Labels;
}

/** Form widgets a configuration drawer renders for a field. */
export type Widget =
  | 'text'
  | 'textarea'
  | 'template'
  | 'number'
  | 'checkbox'
  | 'select'
  | 'duration'
  | 'time'
  | 'url'
  | 'email'
  | 'secret'
  | 'ref'
  | 'refList'
  | 'list'
  | 'keyValue';

/** Metadata attached to a config field schema with {@link field}. */
export interface FieldMeta {
  label: Labels;
  widget: Widget;
  help?: Labels;
  /**
   * The step is incomplete while this field is empty (blank text, empty list, placeholder
   * reference): the validator reports `CONFIG_REQUIRED`. Schemas themselves accept empty
   * values so that a new step's default config is well-formed and can be saved as a draft.
   */
  required?: boolean;
  /** A value that must never leave the author's machine (tokens, Authorization headers). */
  secret?: boolean;
  /** For `select`: labels of the enum values. */
  options?: Readonly<Record<string, Labels>>;
}

/**
 * What export does with a reference.
 * - `keep`: travels with its id or UUID and name, for linking in the destination.
 * - `byName`: travels by name only (tags), the tenant id is dropped.
 * - `strip`: removed (users, contacts, attachments, other flows on pipeline tenants).
 * - `block`: the flow cannot be exported while it holds such a reference.
 */
export type ExportPolicy = 'keep' | 'byName' | 'strip' | 'block';

/**
 * What import does with a reference that arrives in a pack.
 * - `link`: linked when the same id or UUID exists, otherwise a placeholder to choose.
 * - `linkByUuid`: linked when the same id or UUID exists; otherwise a reference that carries a
 *   UUID keeps it (and its name), unresolved and to configure, so an entity with that UUID the
 *   tenant gains later (created, inherited) links without an edit; one without a UUID is a
 *   placeholder to choose. The contact-center platforms reference entities so.
 * - `linkOrRemove`: linked when it exists, otherwise removed with a warning.
 * - `reuseOrCreate`: reused when one with exactly the same name exists, otherwise created.
 * - `matchOrRemove`: matched to an existing one by id or name, never created; removed with a warning if absent.
 * - `matchOrPlaceholder`: matched by id or name, never created; a placeholder to choose if absent
 *   (what a deploy makes of `matchOrRemove`: shared/import/ref-policy.ts `deployPolicy`).
 * - `placeholder`: always left for the admin to choose.
 * - `remove`: dropped.
 */
export type ImportPolicy = 'link' | 'linkByUuid' | 'linkOrRemove' | 'reuseOrCreate' | 'matchOrRemove' | 'matchOrPlaceholder' | 'placeholder' | 'remove';

export interface RefPolicy {
  export: ExportPolicy;
  import: ImportPolicy;
}

/**
 * A reference a step may hold. `field` is a path into the config: dots separate keys and
 * `[]` stands for every element of an array (`tags[]`, `conditions[].segment`).
 */
export interface ReferenceDeclaration extends RefPolicy {
  field: string;
  kinds: readonly RefKind[];
}

/**
 * Something a step causes or a trigger listens for, used to find workflow loops: a step
 * that emits what its own flow's trigger listens for re-fires the flow.
 * A listener without `ref` hears every signal of its event.
 */
export interface Signal {
  event: string;
  ref?: EntityRef;
}

/** One trigger or step type. This single declaration drives palette, forms, validation, export and import. */
/**
 * An authorisation the platform asks of whoever owns or puts live an active step of a type,
 * beyond the right to edit flows (pipeline: only users an administrator or the owner authorises
 * may publish to the client feed).
 */
export type StepAuthority = 'publishToClientFeed';

export interface StepType<Config = Record<string, unknown>> {
  type: string;
  role: 'trigger' | 'step';
  labels: Labels;
  description: Labels;
  /** An icon name from the Lucide set. */
  icon: string;
  /** The config schema (a zod object whose fields carry {@link FieldMeta}). */
  config: z.ZodType<Config>;
  /** The config a new step starts with; the schema accepts it. */
  defaultConfig: Config;
  /** Output ports; for some types derived from the config (branches, menu options). */
  ports: (config: Config) => Port[];
  references: readonly ReferenceDeclaration[];
  /**
   * Export rules for the whole step. `block`: a flow containing it cannot be exported.
   * `deactivate`: it arrives inactive (`active: false`). `stripFields`: config fields removed.
   */
  exportRules?: { block?: boolean; deactivate?: boolean; stripFields?: readonly string[] };
  /** Flow kinds this type may appear in; all of the profile's kinds when absent. */
  kinds?: readonly FlowKind[];
  /**
   * Config fields (top-level keys of `config`) a person may still change once the flow has
   * started (a journey that is active or paused): contacts are on its steps, so only what
   * does not move them elsewhere may change. None when absent. The step's name and position
   * are not settings and may always change.
   */
  editableWhileRunning?: readonly string[];
  /** A one-line summary of the config for the canvas node, in `locale` (English when none is given). */
  summary?: (config: Config, locale?: Locale) => string;
  /** Signals this step emits when it runs (loop detection). */
  emits?: (config: Config) => Signal[];
  /** Signals this trigger fires on (loop detection). */
  listens?: (config: Config) => Signal[];
  /** Node ids of this flow the step continues at without an edge (a "jump to" step). */
  jumpTargets?: (config: Config) => string[];
  /**
   * The authorisation a tenant requires of whoever owns or publishes this step while it is
   * active (`config.active` not false); a tenant maps it onto its own permissions.
   */
  requiresAuthority?: StepAuthority;
  /** Flows this step requires to be of a given kind (contact-center: call a reusable flow). */
  requiresFlowKind?: (config: Config) => { ref: EntityRef; kind: FlowKind; path: (string | number)[] }[];
}

/** Everything the product knows about one profile. */
export interface ProfileCatalog {
  profile: Profile;
  labels: Labels;
  kinds: readonly FlowKind[];
  /** How many trigger nodes a flow of this profile has. */
  triggers: { min: number; max: number };
  /** Platform limits. `maxBytes` counts the compact JSON of the flow document in UTF-8. */
  limits: { maxSteps?: number; maxBytes?: number; maxFlows?: number };
  types: readonly StepType<any>[]; // eslint-disable-line @typescript-eslint/no-explicit-any -- each entry has its own config type
  /** Policies for references found outside any declared field, for example in extension data. */
  refDefaults: Readonly<Record<RefKind, RefPolicy>>;
  /** The nodes and edges of a new flow of this profile and kind; it validates without errors. */
  starter: (kind: FlowKind) => { nodes: FlowNode[]; edges: FlowEdge[] };
}
