import { z } from 'zod';
import { refField } from '../../common-fields';
import { defineStep } from '../../define';
import { inLanguage, t } from '../../labels';
import type { Port } from '../../types';

const OPEN_PORT: Port = { id: 'open', role: 'branch', label: t('Open', 'Aberto', 'Abierto') };
const CLOSED_PORT: Port = { id: 'closed', role: 'branch', label: t('Closed', 'Fechado', 'Cerrado') };

/**
 * Routes the call by a schedule of the tenant (opening hours, holidays). The schedule is
 * a tenant entity linked by UUID, so its hours are maintained in one place, not per flow.
 */
export const businessHours = defineStep({
  type: 'businessHours',
  role: 'step',
  labels: t('Business hours check', 'Verificar horário de atendimento', 'Verificar horario de atención'),
  description: t(
    'Continues through "Open" or "Closed" depending on a schedule at the time of the call.',
    'Segue por "Aberto" ou "Fechado" conforme uma agenda de horários no momento da chamada.',
    'Sigue por "Abierto" o "Cerrado" según un horario en el momento de la llamada.',
  ),
  icon: 'clock',
  config: () => z.object({
    schedule: refField('schedule', t('Schedule', 'Agenda de horários', 'Horario')),
  }),
  defaultConfig: { schedule: { $ref: 'schedule' } },
  ports: () => [OPEN_PORT, CLOSED_PORT],
  references: [{ field: 'schedule', kinds: ['schedule'], export: 'keep', import: 'linkByUuid' }],
  summary: (config, locale) => `${inLanguage(locale, 'Hours', 'Horário', 'Horario')}: ${config.schedule.name ?? '?'}`,
});
