import { z } from 'zod';
import { nextOnly, refField } from '../../common-fields';
import { defineStep } from '../../define';
import { t } from '../../labels';
import { conversationsRef } from '../ref-policies';

/** Starts the workflow when the value of one contact field changes. */
export const contactFieldUpdated = defineStep({
  type: 'contactFieldUpdated',
  role: 'trigger',
  labels: t('Contact field updated', 'Campo do contato atualizado', 'Campo del contacto actualizado'),
  description: t(
    'Starts when the value of the chosen contact field changes.',
    'Inicia quando o valor do campo de contato escolhido muda.',
    'Se inicia cuando cambia el valor del campo de contacto elegido.',
  ),
  icon: 'user-pen',
  config: () => z.object({
    field: refField('customField', t('Contact field', 'Campo do contato', 'Campo del contacto')),
  }),
  defaultConfig: { field: { $ref: 'customField' } },
  ports: nextOnly,
  references: [conversationsRef('field', 'customField')],
  summary: (config) => config.field.name ?? '?',
  listens: (config) => [{ event: 'contactField.updated', ref: config.field }],
});
