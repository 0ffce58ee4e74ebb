import { REF_KINDS } from '../../format/entity-ref';
import type { RefKind } from '../../format/entity-ref';

/** How the export report names a reference of each kind ("user reference", "attachment"). */
const REFERENCE_WHAT: Readonly<Record<RefKind, string>> = {
  user: 'user reference',
  contact: 'contact reference',
  team: 'team reference',
  channel: 'channel reference',
  tag: 'tag reference',
  customField: 'custom field reference',
  segment: 'segment reference',
  form: 'integrated form reference',
  product: 'product filter reference',
  queue: 'queue reference',
  mediaPrompt: 'media prompt reference',
  dispositionList: 'disposition list reference',
  reasonList: 'reason list reference',
  schedule: 'schedule reference',
  flow: 'link to another flow',
  attachment: 'attachment',
};

/** Whether a `$ref` value names a kind this build knows. */
export function isKnownRefKind(kind: string): kind is RefKind {
  return (REF_KINDS as readonly string[]).includes(kind);
}

/** The report's name for a reference of `kind`; an unknown kind is not echoed, it could be anything. */
export function referenceWhat(kind: string): string {
  return isKnownRefKind(kind) ? REFERENCE_WHAT[kind] : 'reference of an unknown kind';
}
