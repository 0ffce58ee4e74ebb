import { z } from 'zod';
import { activeField, nextOnly, optionalText, refField } from '../../common-fields';
import { defineStep } from '../../define';
import { inLanguage, t } from '../../labels';
import { isPlaceholder } from '../../../format/entity-ref';

/**
 * Sets a custom field of the card. The platform exports the value with the automation and
 * creates the field on import, so the reference is kept and created when missing.
 */
export const setCustomField = defineStep({
  type: 'setCustomField',
  role: 'step',
  labels: t('Set custom field', 'Definir campo personalizado', 'Definir campo personalizado'),
  description: t(
    'Writes a value into a custom field of the card.',
    'Grava um valor em um campo personalizado do card.',
    'Escribe un valor en un campo personalizado de la tarjeta.',
  ),
  icon: 'text-cursor-input',
  config: () => z.object({
    active: activeField(),
    customField: refField('customField', t('Custom field', 'Campo personalizado', 'Campo personalizado')),
    // Blank is a legitimate value: it clears the field.
    value: optionalText(t('Value', 'Valor', 'Valor'), 'template', 2_000),
  }),
  defaultConfig: { active: true, customField: { $ref: 'customField' }, value: '' },
  ports: nextOnly,
  references: [{ field: 'customField', kinds: ['customField'], export: 'keep', import: 'reuseOrCreate' }],
  summary: (config, locale) => `${config.customField.name ?? '?'} = ${config.value || inLanguage(locale, '(empty)', '(vazio)', '(vacío)')}`,
  emits: (config) =>
    isPlaceholder(config.customField) ? [] : [{ event: 'customField.updated', ref: config.customField }],
});
