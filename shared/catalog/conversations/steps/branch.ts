import { z } from 'zod';
import { ELSE_PORT } from '../../common-fields';
import { defineStep, field } from '../../define';
import { elementIdSchema } from '../../../format/flow-schema';
import { verbatim } from '../../labels';
import type { Port } from '../../types';
import { catalogTexts, inLocale } from '../../catalog-texts';
import { formatHintIssue } from '../../format-hints';

const text = catalogTexts('conversations', 'branch');

export const BRANCH_OPERATORS = [
  'equals',
  'notEquals',
  'contains',
  'notContains',
  'startsWith',
  'greaterThan',
  'lessThan',
  'isEmpty',
  'isNotEmpty',
] as const;

/** The platform's limit of branches per Branch step, besides else. */
export const MAX_BRANCHES = 10;

const condition = z.object({
  id: elementIdSchema,
  name: field(z.string().max(100), { label: text('field.name.label'), widget: 'text', required: true }),
  field: field(z.string().max(200), {
    label: text('field.field.label'),
    widget: 'text',
    required: true,
    help: text('field.field.help'),
  }),
  operator: field(z.enum(BRANCH_OPERATORS), {
    label: text('field.operator.label'),
    widget: 'select',
    options: {
      equals: text('field.operator.option.equals'),
      notEquals: text('field.operator.option.notEquals'),
      contains: text('field.operator.option.contains'),
      notContains: text('field.operator.option.notContains'),
      startsWith: text('field.operator.option.startsWith'),
      greaterThan: text('field.operator.option.greaterThan'),
      lessThan: text('field.operator.option.lessThan'),
      isEmpty: text('field.operator.option.isEmpty'),
      isNotEmpty: text('field.operator.option.isNotEmpty'),
    },
  }),
  value: field(z.string().max(1000), { label: text('field.value.label'), widget: 'template' }),
});
export type BranchCondition = z.infer<typeof condition>;

/**
 * Sends the contact down the first branch whose condition holds, or down `else`.
 * Each condition is a port whose id is the condition's id, so edges stay attached when
 * branches are renamed or reordered.
 */
export const branch = defineStep({
  type: 'branch',
  role: 'step',
  labels: text('label'),
  description: text('description'),
  icon: 'split',
  config: () => z
    .object({
      conditions: field(z.array(condition).max(MAX_BRANCHES), {
        label: text('field.conditions.label'),
        widget: 'list',
        required: true,
      }),
    })
    .superRefine((config, context) => {
      const seen = new Set<string>([ELSE_PORT.id]);
      config.conditions.forEach((item, index) => {
        if (seen.has(item.id)) {
          context.addIssue({ code: 'custom', path: ['conditions', index, 'id'], ...formatHintIssue('branchIdUsed', { id: item.id }) });
        }
        seen.add(item.id);
      });
    }),
  defaultConfig: { conditions: [] },
  ports: (config): Port[] => [
    ...config.conditions.map((item): Port => ({ id: item.id, role: 'branch', label: verbatim(item.name || item.id) })),
    ELSE_PORT,
  ],
  references: [],
  summary: (config, locale) => {
    const count = config.conditions.length;
    return count === 1
      ? inLocale(text('summary.oneBranch'), locale)
      : inLocale(text('summary.branches'), locale, { count });
  },
});
