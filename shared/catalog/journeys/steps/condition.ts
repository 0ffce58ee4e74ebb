import { z } from 'zod';
import { optionalText, refField, refListField } from '../../common-fields';
import { defineStep, field } from '../../define';
import { inLanguage, t } from '../../labels';
import type { Port } from '../../types';

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
  equals: t('equals', 'é igual a', 'es igual a'),
  notEquals: t('does not equal', 'é diferente de', 'es distinto de'),
  contains: t('contains', 'contém', 'contiene'),
  notContains: t('does not contain', 'não contém', 'no contiene'),
  greaterThan: t('is greater than', 'é maior que', 'es mayor que'),
  lessThan: t('is less than', 'é menor que', 'es menor que'),
  isSet: t('is filled in', 'está preenchido', 'está completado'),
  isNotSet: t('is empty', 'está vazio', 'está vacío'),
};

/** What the contact is tested against. */
const testSchema = () => field(
  z.discriminatedUnion('kind', [
    z.object({ kind: z.literal('segment'), segment: refField('segment', t('Segment', 'Segmento', 'Segmento')) }),
    z.object({
      kind: z.literal('customField'),
      customField: refField('customField', t('Custom field', 'Campo personalizado', 'Campo personalizado')),
      operator: field(z.enum(FIELD_OPERATORS), {
        label: t('Operator', 'Operador', 'Operador'),
        widget: 'select',
        options: operatorLabels,
      }),
      value: optionalText(t('Value', 'Valor', 'Valor'), 'text', 1_000),
    }),
    z.object({
      kind: z.literal('productFilter'),
      products: refListField('product', t('Products', 'Produtos', 'Productos'), true),
    }),
  ]),
  {
    label: t('Condition', 'Condição', 'Condición'),
    widget: 'select',
    options: {
      segment: t('Is in a segment', 'Está em um segmento', 'Está en un segmento'),
      customField: t('Custom field value', 'Valor de campo personalizado', 'Valor de campo personalizado'),
      productFilter: t('Product filter', 'Filtro de produtos', 'Filtro de productos'),
    },
  },
);

export const YES_PORT: Port = { id: 'yes', role: 'branch', label: t('Yes', 'Sim', 'Sí') };
export const NO_PORT: Port = { id: 'no', role: 'branch', label: t('No', 'Não', 'No') };

/**
 * Sends the contact down the "yes" or "no" branch. Segment and custom-field conditions are
 * matched on import; product filters are dropped, so an imported product condition must be
 * configured again.
 */
export const condition = defineStep({
  type: 'condition',
  role: 'step',
  labels: t('Condition', 'Condição', 'Condición'),
  description: t(
    'Splits the journey in two depending on the contact’s segment, a custom field or products.',
    'Divide a jornada em duas conforme o segmento do contato, um campo personalizado ou produtos.',
    'Divide el recorrido en dos según el segmento del contacto, un campo personalizado o productos.',
  ),
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
        return `${inLanguage(locale, 'In segment', 'No segmento', 'En el segmento')} ${test.segment.name ?? '?'}?`;
      case 'customField': {
        const valueless = test.operator === 'isSet' || test.operator === 'isNotSet';
        const comparison = `${operatorLabels[test.operator][locale ?? 'en']}${valueless ? '' : ` “${test.value}”`}`;
        return `${test.customField.name ?? '?'} ${comparison}?`;
      }
      case 'productFilter':
        return `${inLanguage(locale, 'Products', 'Produtos', 'Productos')}: ${test.products.map((product) => product.name ?? '?').join(', ') || '?'}?`;
    }
  },
});
