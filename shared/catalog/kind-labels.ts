import type { RefKind } from '../format/entity-ref';
import type { Labels } from './labels';
import { catalogTexts } from './catalog-texts';

const text = catalogTexts('common', 'kindLabels');

/** What each kind of tenant entity is called, in every language a message is shown in. */
export const KIND_LABELS: Readonly<Record<RefKind, Labels>> = {
  user: text('kind.user'),
  contact: text('kind.contact'),
  team: text('kind.team'),
  channel: text('kind.channel'),
  tag: text('kind.tag'),
  customField: text('kind.customField'),
  segment: text('kind.segment'),
  form: text('kind.form'),
  product: text('kind.product'),
  queue: text('kind.queue'),
  mediaPrompt: text('kind.mediaPrompt'),
  dispositionList: text('kind.dispositionList'),
  reasonList: text('kind.reasonList'),
  schedule: text('kind.schedule'),
  flow: text('kind.flow'),
  attachment: text('kind.attachment'),
};

/** The kind as words in an English message: `mediaPrompt` → `media prompt`. */
export function kindWords(kind: RefKind): string {
  return KIND_LABELS[kind].en;
}
