import { z } from 'zod';
import { optionalText, refField, refListField } from '../../common-fields';
import { defineStep, field } from '../../define';
import type { Port } from '../../types';
import { catalogTexts, inLocale } from '../../catalog-texts';

const text = catalogTexts('journeys', 'condition');

/** Comparisons a custom-field condition can make; `isSet` and `isNotSet` ignore the value. */
export const FIELD_OPERATORS = [
  'equals',
  'notEquals',
  'contains',
  'notContains',
  'greaterThan',
  'lessThan',
  'isSet',
  'isNotSet',
] as const;

const operatorLabels = {
  equals: text('fieldOperator.equals'),
  notEquals: text('fieldOperator.notEquals'),
  contains: text('fieldOperator.contains'),
  notContains: text('fieldOperator.notContains'),
  greaterThan: text('fieldOperator.greaterThan'),
  lessThan: text('fieldOperator.lessThan'),
  isSet: text('fieldOperator.isSet'),
  isNotSet: text('fieldOperator.isNotSet'),
};

/** What the contact is tested against. */
const testSchema = () => field(
  z.discriminatedUnion('kind', [
    z.object({ kind: z.literal('segment'), segment: refField('segment', text('field.segment.label')) }),
    z.object({
      kind: z.literal('customField'),
      customField: refField('customField', text('field.customField.label')),
      operator: field(z.enum(FIELD_OPERATORS), {
        label: text('field.operator.label'),
        widget: 'select',
        options: operatorLabels,
      }),
      value: optionalText(text('field.value.label'), 'text', 1_000),
    }),
    z.object({
      kind: z.literal('productFilter'),
      products: refListField('product', text('field.products.label'), true),
    }),
  ]),
  {
    label: text('field.condition.label'),
    widget: 'select',
    options: {
      segment: text('field.condition.option.segment'),
      customField: text('field.condition.option.customField'),
      productFilter: text('field.condition.option.productFilter'),
    },
  },
);

export const YES_PORT: Port = { id: 'yes', role: 'branch', label: text('port.yes') };
export const NO_PORT: Port = { id: 'no', role: 'branch', label: text('port.no') };

/**
 * Sends the contact down the "yes" or "no" branch. Segment and custom-field conditions are
 * matched on import; product filters are dropped, so an imported product condition must be
 * configured again.
 */
export const condition = defineStep({
  type: 'condition',
  role: 'step',
  labels: text('label'),
  description: text('description'),
  icon: 'split',
  config: () => z.object({ condition: testSchema() }),
  defaultConfig: { condition: { kind: 'segment', segment: { $ref: 'segment' } } },
  ports: () => [YES_PORT, NO_PORT],
  references: [
    { field: 'condition.segment', kinds: ['segment'], export: 'keep', import: 'matchOrRemove' },
    { field: 'condition.customField', kinds: ['customField'], export: 'keep', import: 'matchOrRemove' },
    { field: 'condition.products[]', kinds: ['product'], export: 'strip', import: 'remove' },
  ],
  // Nothing: contacts already went down one branch or the other, and a changed test would sort the rest differently.
  editableWhileRunning: [],
  summary: ({ condition: test }, locale) => {
    switch (test.kind) {
      case 'segment':
        return inLocale(text('summary.inSegment'), locale, { segment: test.segment.name ?? '?' });
      case 'customField': {
        const valueless = test.operator === 'isSet' || test.operator === 'isNotSet';
        const comparison = `${operatorLabels[test.operator][locale ?? 'en']}${valueless ? '' : ` “${test.value}”`}`;
        return `${test.customField.name ?? '?'} ${comparison}?`;
      }
      case 'productFilter':
        return inLocale(text('summary.products'), locale, { products: test.products.map((product) => product.name ?? '?').join(', ') || '?' });
    }
  },
});
