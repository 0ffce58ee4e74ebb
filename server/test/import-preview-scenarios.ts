import fc from 'fast-check';
import { walkRefs } from '../../shared/format/entity-ref';
import type { RefKind, RefLike } from '../../shared/format/entity-ref';
import type { Flow } from '../../shared/format/flow-schema';
import type { Profile } from '../../shared/format/profiles';
import type { FlowDecision } from '../../shared/import/import-decisions';
import type { FlowStatus } from '../../shared/tenant-api/flows';
import { BUILTIN_TEMPLATES } from '../../shared/templates/builtin-templates';
import { onboardingPack } from './import-fixtures';

/**
 * Generated import scenarios for the property "the dry-run is the truth": per profile a few
 * real flows (built-in templates, the onboarding fixture), whose references a scenario spells
 * in other ways (case, accents, NFC or NFD, with or without their ids and UUIDs), beside a
 * tenant catalog holding entities of those identities and names or not, and the same flows
 * already on the tenant in any status its profile has.
 */

/** How a scenario spells an entity's name, from the flow's name with an accent (see {@link accented}). */
export const NAME_SPELLINGS = ['same', 'nfd', 'upper', 'lower', 'unaccented', 'other'] as const;
export type NameSpelling = (typeof NAME_SPELLINGS)[number];

/** The statuses a flow can be in on a tenant of each profile (shared/tenant-api/lifecycle.ts). */
export const PROFILE_STATUSES: Readonly<Record<Profile, readonly FlowStatus[]>> = {
  conversations: ['draft', 'published', 'stopped'],
  journeys: ['draft', 'active', 'paused', 'finalized'],
  'contact-center': ['draft', 'published'],
  pipeline: ['draft', 'published'],
};

/** The secret header the conversations survey flow sends: the tenant holds its value, a deploy's file may leave it empty. */
export const SECRET_HEADER = 'Authorization';
export const TENANT_SECRET = 'Bearer tenant-held-token';

/** The name with an accent in it, so spellings can differ in accents and in Unicode form. */
export function accented(name: string): string {
  const at = name.search(/[eE]/);
  if (at >= 0) return `${name.slice(0, at)}${name[at] === 'e' ? 'é' : 'É'}${name.slice(at + 1)}`;
  return `${name} é`;
}

export function spell(name: string, spelling: NameSpelling): string {
  const base = accented(name);
  switch (spelling) {
    case 'same':
      return base;
    case 'nfd':
      return base.normalize('NFD');
    case 'upper':
      return base.toUpperCase();
    case 'lower':
      return base.toLowerCase();
    case 'unaccented':
      return name;
    case 'other':
      return `${name} (another one)`;
  }
}

/** One entity the base flows name, as the flows identify it. */
export interface BaseEntity {
  key: string;
  kind: RefKind;
  id?: string;
  uuid?: string;
  name: string;
}

export interface BaseSet {
  profile: Profile;
  flows: Flow[];
  entities: BaseEntity[];
}

const entityKey = (ref: RefLike) => JSON.stringify([ref.$ref, ref.id ?? null, ref.uuid ?? null, ref.name ?? null]);

/**
 * Two channels for a conversations trigger limited to some channels: a list, so removing the
 * first shifts the second, and a removal changes what the trigger does (it fires on every channel).
 */
const CHANNELS = [
  { $ref: 'channel', id: 'ch_whatsapp_support', name: 'WhatsApp Support' },
  { $ref: 'channel', id: 'ch_website', name: 'Website chat' },
];

/**
 * The flows a scenario of `profile` draws from: up to three flows of that profile, those with a
 * secret (an HTTP request's headers) first, then those with references.
 */
export function baseSet(profile: Profile): BaseSet {
  const templates = BUILTIN_TEMPLATES.filter((template) => template.profile === profile).map((template) => JSON.parse(template.text) as Flow);
  const flows = profile === 'pipeline' ? [onboardingPack().flows[0] as unknown as Flow, ...templates] : templates;
  const hasSecret = (flow: Flow) => flow.nodes.some((node) => node.type === 'httpRequest');
  const chosen = [...flows.filter(hasSecret), ...flows.filter((flow) => !hasSecret(flow) && flow.nodes.some(hasRefs))].slice(0, 3);
  for (const flow of chosen) {
    const trigger = flow.nodes[0]!;
    if (profile === 'conversations' && Array.isArray(trigger.config.channels)) trigger.config.channels = structuredClone(CHANNELS);
  }
  const entities = new Map<string, BaseEntity>();
  for (const flow of chosen) {
    walkRefs(flow, (ref) => {
      // Flow references resolve against the pack's and the tenant's flows, which the scenario already varies.
      if (ref.$ref === 'flow' || typeof ref.name !== 'string') return;
      const entity: BaseEntity = { key: entityKey(ref), kind: ref.$ref as RefKind, name: ref.name };
      if (typeof ref.id === 'string') entity.id = ref.id;
      if (typeof ref.uuid === 'string') entity.uuid = ref.uuid;
      entities.set(entity.key, entity);
    });
  }
  return { profile, flows: chosen, entities: [...entities.values()] };
}

function hasRefs(node: Flow['nodes'][number]): boolean {
  let found = false;
  walkRefs(node.config, () => (found = true));
  return found;
}

/** How the pack spells one entity, and what the tenant holds of it. */
export interface EntityChoice {
  spelling: NameSpelling;
  keepId: boolean;
  keepUuid: boolean;
  /** The tenant holds an entity of this identity (id and UUID), named in this spelling. */
  tenantSame: NameSpelling | null;
  /** The tenant holds another entity (an identity of its own) named in this spelling. */
  tenantOther: NameSpelling | null;
}

/** What happens to one base flow in a scenario. */
export interface FlowChoice {
  inPack: boolean;
  /** The flow is on the tenant already, in this status, with this many contacts enrolled. */
  tenant: { status: FlowStatus; contacts: number } | null;
  /** The pack's flow lacks one of its last steps (a change of structure). */
  removeLeaf: boolean;
  /** The pack's flow leaves this reference (by position among its references) empty. */
  blankRef: number | null;
  /** The pack's flow writes this reference's name in the other Unicode form (NFD for NFC), as another keyboard would. */
  otherFormRef: number | null;
  /** The pack's flow leaves its secret header value empty. */
  blankSecret: boolean;
  decision: FlowDecision | undefined;
}

export interface Scenario {
  purpose: 'share' | 'deploy';
  entities: EntityChoice[];
  flows: FlowChoice[];
  /** Pipeline: the tenant already holds each flow's metric field, linked to it, in this spelling. */
  metricField: NameSpelling | null;
}

const anySpelling = fc.constantFrom(...NAME_SPELLINGS);
/** Mostly the name as written, as between two tenants of one organisation; often another case, accent or Unicode form. */
const spelling = fc.oneof({ weight: 2, arbitrary: fc.constant<NameSpelling>('same') }, { weight: 3, arbitrary: anySpelling });

export function scenarioArbitrary(base: BaseSet): fc.Arbitrary<Scenario> {
  const entity = fc.record({
    spelling,
    keepId: fc.boolean(),
    keepUuid: fc.boolean(),
    tenantSame: fc.option(spelling, { freq: 2 }),
    tenantOther: fc.option(spelling, { freq: 2 }),
  });
  // Stopping first is a choice only conversations tenants offer (for a published workflow; for any other flow it is a plan error).
  const decision = fc.oneof(
    { weight: 6, arbitrary: fc.constant(undefined) },
    { weight: 1, arbitrary: fc.constant<FlowDecision>({ action: 'copy' }) },
    { weight: 1, arbitrary: fc.constant<FlowDecision>({ action: 'skip' }) },
    { weight: base.profile === 'conversations' ? 2 : 0, arbitrary: fc.constant<FlowDecision>({ action: 'update', stopFirst: true }) },
  );
  const flow = fc.record({
    inPack: fc.boolean(),
    tenant: fc.option(fc.record({ status: fc.constantFrom(...PROFILE_STATUSES[base.profile]), contacts: fc.nat(20) }), { freq: 3 }),
    // Mostly edits of settings: a removed step refuses every import into a started journey.
    removeLeaf: fc.oneof({ weight: 3, arbitrary: fc.constant(false) }, { weight: 1, arbitrary: fc.constant(true) }),
    blankRef: fc.option(fc.nat(5)),
    otherFormRef: fc.option(fc.nat(5)),
    blankSecret: fc.boolean(),
    decision,
  });
  return fc
    .record({
      purpose: fc.constantFrom<Scenario['purpose']>('share', 'deploy'),
      entities: fc.array(entity, { minLength: base.entities.length, maxLength: base.entities.length }),
      flows: fc.array(flow, { minLength: base.flows.length, maxLength: base.flows.length }),
      metricField: fc.option(spelling),
    })
    .filter((scenario) => scenario.flows.some((choice) => choice.inPack));
}
