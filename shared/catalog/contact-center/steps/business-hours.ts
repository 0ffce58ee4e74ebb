import { z } from 'zod';
import { refField } from '../../common-fields';
import { defineStep } from '../../define';
import type { Port } from '../../types';
import { catalogTexts, inLocale } from '../../catalog-texts';

const text = catalogTexts('contact-center', 'businessHours');

const OPEN_PORT: Port = { id: 'open', role: 'branch', label: text('port.open') };
const CLOSED_PORT: Port = { id: 'closed', role: 'branch', label: text('port.closed') };

/**
 * Routes the call by a schedule of the tenant (opening hours, holidays). The schedule is
 * a tenant entity linked by UUID, so its hours are maintained in one place, not per flow.
 */
export const businessHours = defineStep({
  type: 'businessHours',
  role: 'step',
  labels: text('label'),
  description: text('description'),
  icon: 'clock',
  config: () => z.object({
    schedule: refField('schedule', text('field.schedule.label')),
  }),
  defaultConfig: { schedule: { $ref: 'schedule' } },
  ports: () => [OPEN_PORT, CLOSED_PORT],
  references: [{ field: 'schedule', kinds: ['schedule'], export: 'keep', import: 'linkByUuid' }],
  summary: (config, locale) => inLocale(text('summary.hours'), locale, { schedule: config.schedule.name ?? '?' }),
});
