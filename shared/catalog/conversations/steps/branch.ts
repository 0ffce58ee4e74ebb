import { z } from 'zod';
import { ELSE_PORT } from '../../common-fields';
import { defineStep, field } from '../../define';
import { elementIdSchema } from '../../../format/flow-schema';
import { inLanguage, t, verbatim } from '../../labels';
import type { Port } from '../../types';

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
  name: field(z.string().max(100), { label: t('Branch name', 'Nome do ramo', 'Nombre de la rama'), widget: 'text', required: true }),
  field: field(z.string().max(200), {
    label: t('Field or variable', 'Campo ou variável', 'Campo o variable'),
    widget: 'text',
    required: true,
    help: t(
      'For example contact.country, contact.tags or a question’s variable such as productInterest.',
      'Por exemplo contact.country, contact.tags ou a variável de uma pergunta, como productInterest.',
      'Por ejemplo contact.country, contact.tags o la variable de una pregunta, como productInterest.',
    ),
  }),
  operator: field(z.enum(BRANCH_OPERATORS), {
    label: t('Operator', 'Operador', 'Operador'),
    widget: 'select',
    options: {
      equals: t('is equal to', 'é igual a', 'es igual a'),
      notEquals: t('is not equal to', 'é diferente de', 'no es igual a'),
      contains: t('contains', 'contém', 'contiene'),
      notContains: t('does not contain', 'não contém', 'no contiene'),
      startsWith: t('starts with', 'começa com', 'empieza por'),
      greaterThan: t('is greater than', 'é maior que', 'es mayor que'),
      lessThan: t('is less than', 'é menor que', 'es menor que'),
      isEmpty: t('is empty', 'está vazio', 'está vacío'),
      isNotEmpty: t('is not empty', 'não está vazio', 'no está vacío'),
    },
  }),
  value: field(z.string().max(1000), { label: t('Value', 'Valor', 'Valor'), widget: 'template' }),
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
  labels: t('Branch', 'Ramificação', 'Ramificación'),
  description: t(
    'Follows the first branch whose condition holds, otherwise the else branch.',
    'Segue o primeiro ramo cuja condição é verdadeira; senão, o ramo senão.',
    'Sigue la primera rama cuya condición se cumple; si ninguna, la rama si no.',
  ),
  icon: 'split',
  config: () => z
    .object({
      conditions: field(z.array(condition).max(MAX_BRANCHES), {
        label: t('Branches', 'Ramos', 'Ramas'),
        widget: 'list',
        required: true,
      }),
    })
    .superRefine((config, context) => {
      const seen = new Set<string>([ELSE_PORT.id]);
      config.conditions.forEach((item, index) => {
        if (seen.has(item.id)) {
          context.addIssue({ code: 'custom', path: ['conditions', index, 'id'], message: `the branch id "${item.id}" is already used` });
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
      ? inLanguage(locale, '1 branch + else', '1 ramo + senão', '1 rama + si no')
      : inLanguage(locale, `${count} branches + else`, `${count} ramos + senão`, `${count} ramas + si no`);
  },
});
