import { z } from 'zod';
import { formatHint } from '../../format-hints';
import { FAILURE_PORT, refField } from '../../common-fields';
import { defineStep, field } from '../../define';
import { catalogTexts, inLocale } from '../../catalog-texts';

const text = catalogTexts('contact-center', 'transfer');

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
        z.string().regex(/^(\+[1-9]\d{1,14})?$/, formatHint('phoneE164')),
        { label: text('field.phoneNumber.label'), widget: 'text', required: true },
      ),
    }),
    z.object({ mode: z.literal('queue'), queue: refField('queue', text('field.queue.label')) }),
  ]),
  {
    label: text('field.destination.label'),
    widget: 'select',
    options: {
      phoneNumber: text('field.destination.option.phoneNumber'),
      queue: text('field.destination.option.queue'),
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
  labels: text('label'),
  description: text('description'),
  icon: 'phone-forwarded',
  config: () => z.object({ destination: destinationSchema() }),
  defaultConfig: { destination: { mode: 'phoneNumber', phoneNumber: '' } },
  ports: () => [FAILURE_PORT],
  references: [{ field: 'destination.queue', kinds: ['queue'], export: 'keep', import: 'linkByUuid' }],
  summary: (config, locale) =>
    inLocale(text('summary.transferTo'), locale, { destination: config.destination.mode === 'phoneNumber' ? config.destination.phoneNumber || '?' : (config.destination.queue.name ?? '?') }),
});
