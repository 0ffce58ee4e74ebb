import { z } from 'zod';
import { nextOnly, refField } from '../../common-fields';
import { defineStep } from '../../define';
import { inLanguage, t } from '../../labels';
import { isPlaceholder } from '../../../format/entity-ref';

/**
 * Enrols a contact who submits a form. Integrated-form references are dropped on export,
 * so an imported journey asks for the form again.
 */
export const formSubmitted = defineStep({
  type: 'formSubmitted',
  role: 'trigger',
  labels: t('Form submitted', 'Formulário enviado', 'Formulario enviado'),
  description: t(
    'Starts when a contact submits the chosen form.',
    'Inicia quando um contato envia o formulário escolhido.',
    'Se inicia cuando un contacto envía el formulario elegido.',
  ),
  icon: 'clipboard-list',
  config: () => z.object({
    form: refField('form', t('Form', 'Formulário', 'Formulario')),
  }),
  defaultConfig: { form: { $ref: 'form' } },
  ports: nextOnly,
  references: [{ field: 'form', kinds: ['form'], export: 'strip', import: 'remove' }],
  summary: (config, locale) => `${inLanguage(locale, 'Submits', 'Envia', 'Envía')} ${config.form.name ?? '?'}`,
  listens: (config) => (isPlaceholder(config.form) ? [] : [{ event: 'form.submitted', ref: config.form }]),
});
