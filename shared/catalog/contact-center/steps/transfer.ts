import { z } from 'zod';
import { FAILURE_PORT, refField } from '../../common-fields';
import { defineStep, field } from '../../define';
import { inLanguage, t } from '../../labels';

/**
 * Where the call goes: an outside number or another queue. A discriminated union so only
 * the chosen destination is required.
 */
const destinationSchema = () => field(
  z.discriminatedUnion('mode', [
    z.object({
      mode: z.literal('phoneNumber'),
      // E.164: "+", a country code, then the number, at most 15 digits. Blank passes the
      // pattern so a new step is well-formed; `required` reports it as incomplete.
      phoneNumber: field(
        z.string().regex(/^(\+[1-9]\d{1,14})?$/, { error: 'use the international format: + country code and number, digits only (+14155550142)' }),
        { label: t('Phone number', 'Número de telefone', 'Número de teléfono'), widget: 'text', required: true },
      ),
    }),
    z.object({ mode: z.literal('queue'), queue: refField('queue', t('Queue', 'Fila', 'Cola')) }),
  ]),
  {
    label: t('Transfer to', 'Transferir para', 'Transferir a'),
    widget: 'select',
    options: {
      phoneNumber: t('A phone number', 'Um número de telefone', 'Un número de teléfono'),
      queue: t('A queue', 'Uma fila', 'Una cola'),
    },
  },
);

/**
 * Hands the call over to a phone number or a queue; this flow is over once the transfer
 * succeeds. "Failure" is taken when the destination is busy, does not answer or rejects it.
 */
export const transfer = defineStep({
  type: 'transfer',
  role: 'step',
  labels: t('Transfer', 'Transferir', 'Transferir'),
  description: t(
    'Transfers the call to a phone number or to a queue.',
    'Transfere a chamada para um número de telefone ou para uma fila.',
    'Transfiere la llamada a un número de teléfono o a una cola.',
  ),
  icon: 'phone-forwarded',
  config: () => z.object({ destination: destinationSchema() }),
  defaultConfig: { destination: { mode: 'phoneNumber', phoneNumber: '' } },
  ports: () => [FAILURE_PORT],
  references: [{ field: 'destination.queue', kinds: ['queue'], export: 'keep', import: 'linkByUuid' }],
  summary: (config, locale) =>
    `${inLanguage(locale, 'Transfer to', 'Transferir para', 'Transferir a')} ${config.destination.mode === 'phoneNumber' ? config.destination.phoneNumber || '?' : (config.destination.queue.name ?? '?')}`,
});
