import { z } from 'zod';
import { durationField, formatDuration, nextOnly } from '../../common-fields';
import { defineStep } from '../../define';
import { t } from '../../labels';

/** Pauses the contact in the workflow for a while. */
export const wait = defineStep({
  type: 'wait',
  role: 'step',
  labels: t('Wait', 'Aguardar', 'Esperar'),
  description: t(
    'Waits for the given time before the next step.',
    'Aguarda o tempo indicado antes do próximo passo.',
    'Espera el tiempo indicado antes del siguiente paso.',
  ),
  icon: 'hourglass',
  config: () => z.object({
    duration: durationField(t('Wait for', 'Aguardar por', 'Esperar durante'), 60),
  }),
  defaultConfig: { duration: 60 * 60 },
  ports: nextOnly,
  references: [],
  summary: (config) => formatDuration(config.duration),
});
