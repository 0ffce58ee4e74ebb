import { z } from 'zod';
import { nextOnly, optionalText, refField } from '../../common-fields';
import { defineStep } from '../../define';
import { inLanguage, t } from '../../labels';
import { isPlaceholder } from '../../../format/entity-ref';

/** Writes a value into one of the contact's custom fields. The field is matched on import, never created. */
export const updateCustomField = defineStep({
  type: 'updateCustomField',
  role: 'step',
  labels: t('Update custom field', 'Atualizar campo personalizado', 'Actualizar campo personalizado'),
  description: t(
    'Sets a custom field of the contact to a value.',
    'Define um campo personalizado do contato com um valor.',
    'Asigna un valor a un campo personalizado del contacto.',
  ),
  icon: 'pencil-line',
  config: () => z.object({
    customField: refField('customField', t('Custom field', 'Campo personalizado', 'Campo personalizado')),
    // Blank is a legitimate value: it clears the field.
    value: optionalText(t('Value', 'Valor', 'Valor'), 'template', 2_000),
  }),
  defaultConfig: { customField: { $ref: 'customField' }, value: '' },
  ports: nextOnly,
  references: [{ field: 'customField', kinds: ['customField'], export: 'keep', import: 'matchOrRemove' }],
  // The value written may be corrected; which field it goes to is what later conditions and segments read, so it stays.
  editableWhileRunning: ['value'],
  summary: (config, locale) => `${config.customField.name ?? '?'} = ${config.value || inLanguage(locale, '(empty)', '(vazio)', '(vacío)')}`,
  emits: (config) =>
    isPlaceholder(config.customField) ? [] : [{ event: 'customField.updated', ref: config.customField }],
});
