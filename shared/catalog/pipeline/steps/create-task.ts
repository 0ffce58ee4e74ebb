import { z } from 'zod';
import { activeField, nextOnly, optionalText, refField, requiredText } from '../../common-fields';
import { defineStep, field } from '../../define';
import { catalogTexts, inLocale } from '../../catalog-texts';

const text = catalogTexts('pipeline', 'createTask');

/**
 * Who a task is assigned to. The card leader is a role, resolved on each card, so it
 * survives export; a specific user is a link to a person and never leaves the tenant.
 */
const assigneeSchema = () => field(
  z.discriminatedUnion('mode', [
    z.object({ mode: z.literal('cardLeader') }),
    z.object({ mode: z.literal('user'), user: refField('user', text('field.user.label')) }),
  ]),
  {
    label: text('field.assignee.label'),
    widget: 'select',
    options: {
      cardLeader: text('field.assignee.option.cardLeader'),
      user: text('field.assignee.option.user'),
    },
  },
);

/**
 * Creates a task on the card. On import tasks keep their settings and arrive active, but
 * lose their assignee unless it is the card leader.
 */
export const createTask = defineStep({
  type: 'createTask',
  role: 'step',
  labels: text('label'),
  description: text('description'),
  icon: 'list-todo',
  config: () => z.object({
    active: activeField(),
    title: requiredText(text('field.title.label'), 'text', 200),
    description: optionalText(text('field.description.label'), 'textarea', 5_000),
    dueInDays: field(z.number().int().min(0).max(365), {
      label: text('field.dueInDays.label'),
      widget: 'number',
      help: text('field.dueInDays.help'),
    }),
    assignee: assigneeSchema(),
  }),
  defaultConfig: { active: true, title: '', description: '', dueInDays: 1, assignee: { mode: 'cardLeader' } },
  ports: nextOnly,
  references: [{ field: 'assignee.user', kinds: ['user'], export: 'strip', import: 'remove' }],
  summary: (config, locale) => {
    const who = config.assignee.mode === 'cardLeader' ? inLocale(text('summary.cardLeader'), locale) : (config.assignee.user.name ?? '?');
    const title = config.title || '?';
    const days = config.dueInDays;
    return inLocale(text('summary.task'), locale, { title, who, days });
  },
});
