import { z } from 'zod';
import { durationField, formatDuration, nextOnly } from '../../common-fields';
import { defineStep } from '../../define';
import { inLanguage, t } from '../../labels';

const ONE_DAY_SECONDS = 24 * 60 * 60;

/** Holds the contact in the journey for a while before the next step. */
export const wait = defineStep({
  type: 'wait',
  role: 'step',
  labels: t('Wait', 'Aguardar', 'Esperar'),
  description: t(
    'Pauses the journey for the contact for a set time.',
    'Pausa a jornada do contato por um tempo definido.',
    'Pausa el recorrido del contacto durante un tiempo definido.',
  ),
  icon: 'hourglass',
  config: () => z.object({
    duration: durationField(t('Duration', 'Duração', 'Duración')),
  }),
  defaultConfig: { duration: ONE_DAY_SECONDS },
  ports: nextOnly,
  references: [],
  // A longer or shorter wait only changes when waiting contacts move on, not where they go.
  editableWhileRunning: ['duration'],
  summary: (config, locale) => `${inLanguage(locale, 'Wait', 'Esperar', 'Esperar')} ${formatDuration(config.duration)}`,
});
