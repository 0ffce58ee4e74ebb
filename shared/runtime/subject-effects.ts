import type { EffectInput, Subject } from '../catalog/behaviour';

/**
 * What an effect changes in the subject the run reads next: a tag added is there for the
 * next branch, a field set reads back, a closed conversation is closed. One place, so every
 * step type's effect means the same to every later step.
 */
export function applyEffect(subject: Subject, effect: EffectInput): Subject {
  const detail = effect.detail ?? {};
  switch (effect.kind) {
    case 'tagAdded':
      return typeof detail.tag === 'string' && !subject.tags.includes(detail.tag) ? { ...subject, tags: [...subject.tags, detail.tag] } : subject;
    case 'tagRemoved':
      return typeof detail.tag === 'string' ? { ...subject, tags: subject.tags.filter((tag) => tag !== detail.tag) } : subject;
    case 'fieldSet':
    case 'answerSaved': {
      const { field, value } = detail;
      if (typeof field !== 'string' || value === undefined || Array.isArray(value)) return subject;
      return { ...subject, fields: { ...subject.fields, [field]: value as string | number | boolean } };
    }
    case 'assigned':
      return typeof detail.assignee === 'string' ? { ...subject, conversation: { open: true, ...subject.conversation, assignee: detail.assignee } } : subject;
    case 'unassigned':
      return subject.conversation ? { ...subject, conversation: { ...subject.conversation, assignee: undefined } } : subject;
    case 'conversationOpened':
      return { ...subject, conversation: { ...subject.conversation, open: true } };
    case 'conversationClosed':
      return { ...subject, conversation: { ...subject.conversation, open: false } };
    case 'cardMoved':
      return typeof detail.column === 'string' ? { ...subject, card: { links: [], ...subject.card, column: detail.column } } : subject;
    default:
      return subject;
  }
}
