import type { Scalar, Subject } from '../catalog/behaviour';
import { fillPlaceholders } from '../text/placeholders';

/**
 * The values a message template may name: `{{contact.firstName}}`, `{{contact.<field>}}`,
 * `{{assignee.firstName}}`, `{{conversation.channel}}`, `{{card.title}}`, `{{card.column}}` and
 * the run's variables by name. A name the run does not know stays as written, as the platforms
 * show it.
 */
export function templateValues(subject: Subject, variables: Readonly<Record<string, Scalar>>): Record<string, string | number> {
  const values: Record<string, string | number> = {};
  const put = (name: string, value: Scalar | undefined) => {
    if (value !== undefined) values[name] = typeof value === 'boolean' ? String(value) : value;
  };
  put('contact.name', subject.name);
  put('contact.firstName', subject.name.split(/\s+/)[0]);
  for (const [key, value] of Object.entries(subject.fields)) put(`contact.${key}`, value);
  put('conversation.channel', subject.conversation?.channel);
  // A pipeline run is about a card: its title is the subject's name.
  if (subject.card) {
    put('card.title', subject.name);
    put('card.column', subject.card.column);
  }
  put('assignee.name', subject.conversation?.assignee);
  put('assignee.firstName', subject.conversation?.assignee?.split(/\s+/)[0]);
  for (const [name, value] of Object.entries(variables)) put(name, value);
  return values;
}

export function fillFromRun(text: string, subject: Subject, variables: Readonly<Record<string, Scalar>>): string {
  return fillPlaceholders(text, templateValues(subject, variables));
}
