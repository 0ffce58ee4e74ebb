import { z } from 'zod';
import { nextOnly, optionalText, refField } from '../../common-fields';
import { defineStep } from '../../define';
import { inLanguage, t } from '../../labels';
import { conversationsRef } from '../ref-policies';

/**
 * Sets a contact field to a value, which may use {{variables}}; an empty value clears it.
 * Updating a field the workflow's own trigger watches re-fires the workflow.
 */
export const updateContactField = defineStep({
  type: 'updateContactField',
  role: 'step',
  labels: t('Update contact field', 'Atualizar campo do contato', 'Actualizar campo del contacto'),
  description: t(
    'Sets the value of a contact field; an empty value clears it.',
    'Define o valor de um campo do contato; um valor vazio o limpa.',
    'Establece el valor de un campo del contacto; un valor vacío lo borra.',
  ),
  icon: 'user-pen',
  config: () => z.object({
    field: refField('customField', t('Contact field', 'Campo do contato', 'Campo del contacto')),
    value: optionalText(t('Value', 'Valor', 'Valor'), 'template', 2000),
  }),
  defaultConfig: { field: { $ref: 'customField' }, value: '' },
  ports: nextOnly,
  references: [conversationsRef('field', 'customField')],
  summary: (config, locale) => `${config.field.name ?? '?'} = ${config.value || inLanguage(locale, '(empty)', '(vazio)', '(vacío)')}`,
  emits: (config) => [{ event: 'contactField.updated', ref: config.field }],
});
