import { describe, expect, it } from 'vitest';
import { addTags } from './add-tags';
import { createTask } from './create-task';
import { moveCard } from './move-card';
import { publishToClientFeed } from './publish-to-client-feed';
import { sendEmail } from './send-email';
import { setCustomField } from './set-custom-field';

const vip = { $ref: 'tag', id: 'tag_1', name: 'VIP' } as const;
const stage = { $ref: 'customField', id: 'stage', name: 'Stage' } as const;
const otherFlow = { $ref: 'flow', id: 'flow_9', name: 'Delivery' } as const;

describe('pipeline automations', () => {
  it('add tags: signals each tag it adds', () => {
    expect(addTags.emits?.({ active: true, tags: [vip] })).toEqual([{ event: 'tag.added', ref: vip }]);
  });

  it('set custom field: signals the field it updates, and nothing until a field is chosen', () => {
    expect(setCustomField.emits?.({ active: true, customField: stage, value: 'Won' })).toEqual([
      { event: 'customField.updated', ref: stage },
    ]);
    expect(setCustomField.emits?.(setCustomField.defaultConfig)).toEqual([]);
  });

  it('move card: moving within the pipeline raises that column’s event', () => {
    const config = { active: true, destination: { mode: 'column' as const, column: 'Done' } };
    expect(moveCard.emits?.(config)).toEqual([{ event: 'card.enteredColumn:Done' }]);
  });

  it('move card: moving into another flow raises nothing this flow hears', () => {
    const config = { active: true, destination: { mode: 'flow' as const, flow: otherFlow, column: 'Done' } };
    expect(moveCard.emits?.(config)).toEqual([]);
    expect(moveCard.summary?.(config)).toBe('Move to “Done” of Delivery');
  });

  it('move card: the link to another flow is never exported', () => {
    expect(moveCard.references).toEqual([{ field: 'destination.flow', kinds: ['flow'], export: 'strip', import: 'remove' }]);
  });

  it('create task: assigning to the card leader holds no link to a person', () => {
    const config = { ...createTask.defaultConfig, title: 'Kickoff' };
    expect(createTask.config.parse(config).assignee).toEqual({ mode: 'cardLeader' });
    expect(createTask.summary?.(config)).toBe('Task “Kickoff” for card leader, due in 1 d');
  });

  it('create task: a specific assignee is a user link, dropped on export and import', () => {
    const parsed = createTask.config.safeParse({
      ...createTask.defaultConfig,
      assignee: { mode: 'user', user: { $ref: 'user', id: 'usr_1', name: 'Ana' } },
    });
    expect(parsed.success).toBe(true);
    expect(createTask.references).toEqual([{ field: 'assignee.user', kinds: ['user'], export: 'strip', import: 'remove' }]);
    // Tasks arrive active: nothing at step level deactivates or strips them.
    expect(createTask.exportRules).toBeUndefined();
  });

  it('create task: due dates are whole days, not negative', () => {
    expect(createTask.config.safeParse({ ...createTask.defaultConfig, dueInDays: -1 }).success).toBe(false);
    expect(createTask.config.safeParse({ ...createTask.defaultConfig, dueInDays: 1.5 }).success).toBe(false);
  });

  it('send email: arrives inactive, without sender and attachments', () => {
    expect(sendEmail.exportRules).toEqual({ deactivate: true, stripFields: ['sender', 'attachments'] });
  });

  it('send email: an exported automation (no sender, no attachments) is still well-formed', () => {
    const exported = { active: false, recipients: ['cardContacts'], subject: 'Welcome', message: 'Hello' };
    expect(sendEmail.config.safeParse(exported).success).toBe(true);
  });

  it('send email: recipients are email addresses or card roles, nothing else', () => {
    const withRecipients = (recipients: string[]) => ({ ...sendEmail.defaultConfig, recipients });
    expect(sendEmail.config.safeParse(withRecipients(['ops@example.com', 'cardLeader', 'cardContacts'])).success).toBe(true);
    expect(sendEmail.config.safeParse(withRecipients(['the boss'])).success).toBe(false);
  });

  it('publish to client feed: always posts to the card’s person contacts', () => {
    expect(publishToClientFeed.defaultConfig.audience).toBe('cardPersonContacts');
    const companies = { ...publishToClientFeed.defaultConfig, audience: 'companies' };
    expect(publishToClientFeed.config.safeParse(companies).success).toBe(false);
  });

  it('publish to client feed: loses its author on export', () => {
    expect(publishToClientFeed.references).toEqual([{ field: 'author', kinds: ['user'], export: 'strip', import: 'remove' }]);
  });
});
