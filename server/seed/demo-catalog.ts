import type { RefKind } from '../../shared/format/entity-ref';
import type { CUSTOM_FIELD_TYPES } from '../../shared/format/flow-schema';
import type { Profile } from '../../shared/format/profiles';

type FieldType = (typeof CUSTOM_FIELD_TYPES)[number];

/** Names a demo tenant's catalog holds, by entity kind: what a small support and sales team would have. */
const COMMON: Partial<Record<RefKind, readonly string[]>> = {
  user: ['Ana Souza', 'Bruno Lima', 'Carla Mendes', 'Diego Rocha', 'Elisa Prado', 'Fábio Nunes'],
  team: ['Sales', 'Support', 'Billing', 'Onboarding'],
  tag: ['vip', 'lead', 'churn-risk', 'newsletter', 'complaint', 'renewal'],
  segment: ['Active customers', 'Trial users', 'Inactive 90 days', 'Newsletter subscribers'],
};

const BY_PROFILE: Record<Profile, Partial<Record<RefKind, readonly string[]>>> = {
  conversations: { channel: ['WhatsApp Sales', 'WhatsApp Support', 'Instagram', 'Web chat', 'Email'] },
  pipeline: { channel: ['Email', 'WhatsApp Sales'], product: ['Starter plan', 'Pro plan', 'Enterprise plan'], form: ['Contact us', 'Demo request'] },
  journeys: { channel: ['Email', 'SMS', 'WhatsApp Marketing'], form: ['Newsletter sign-up', 'Event registration'] },
  'contact-center': {
    queue: ['Sales', 'Support', 'Billing', 'Orders'],
    mediaPrompt: ['Welcome greeting', 'Hold music', 'After-hours message', 'Menu options'],
    dispositionList: ['Inbound call dispositions', 'Outbound campaign dispositions'],
    reasonList: ['After-hours reasons', 'Unanswered call reasons', 'Transfer reasons'],
    schedule: ['Sales hours (Mon–Fri 08:00–18:00)', 'Support hours (24/7)', 'Public holidays'],
  },
};

const CUSTOM_FIELDS: readonly { id: string; name: string; type: FieldType }[] = [
  { id: 'company', name: 'Company', type: 'text' },
  { id: 'lifetime_value', name: 'Lifetime value', type: 'currency' },
  { id: 'plan', name: 'Plan', type: 'select' },
  { id: 'renewal_date', name: 'Renewal date', type: 'date' },
  { id: 'opted_in', name: 'Opted in', type: 'boolean' },
];

export interface DemoEntity {
  kind: RefKind;
  name: string;
  type?: FieldType;
  /** Set for custom fields, whose key is their id. */
  id?: string;
}

/** The demo catalog of a profile's tenant. Ids are the seeder's to give. */
export function demoEntities(profile: Profile): DemoEntity[] {
  const names = { ...COMMON, ...BY_PROFILE[profile] };
  const out: DemoEntity[] = [];
  for (const [kind, list] of Object.entries(names) as [RefKind, readonly string[]][]) for (const name of list) out.push({ kind, name });
  for (const field of CUSTOM_FIELDS) out.push({ kind: 'customField', ...field });
  return out;
}
