import { z } from 'zod';
import { nextOnly, refField } from '../../common-fields';
import { defineStep } from '../../define';
import { isPlaceholder } from '../../../format/entity-ref';
import { catalogTexts, inLocale } from '../../catalog-texts';

const text = catalogTexts('journeys', 'formSubmitted');

/**
 * Enrols a contact who submits a form. Integrated-form references are dropped on export,
 * so an imported journey asks for the form again.
 */
export const formSubmitted = defineStep({
  type: 'formSubmitted',
  role: 'trigger',
  labels: text('label'),
  description: text('description'),
  icon: 'clipboard-list',
  config: () => z.object({
    form: refField('form', text('field.form.label')),
  }),
  defaultConfig: { form: { $ref: 'form' } },
  ports: nextOnly,
  references: [{ field: 'form', kinds: ['form'], export: 'strip', import: 'remove' }],
  summary: (config, locale) => inLocale(text('summary.submits'), locale, { form: config.form.name ?? '?' }),
  listens: (config) => (isPlaceholder(config.form) ? [] : [{ event: 'form.submitted', ref: config.form }]),
});
