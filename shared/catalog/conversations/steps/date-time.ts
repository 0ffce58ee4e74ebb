import { z } from 'zod';
import { defineStep, field } from '../../define';
import { inLanguage, t } from '../../labels';
import type { Port } from '../../types';

export const WEEKDAYS = ['monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday'] as const;

const OPEN_PORT: Port = { id: 'open', role: 'branch', label: t('Open', 'Aberto', 'Abierto') };
const CLOSED_PORT: Port = { id: 'closed', role: 'branch', label: t('Closed', 'Fechado', 'Cerrado') };

const time = () => z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/, { error: 'use 24-hour HH:MM' });

const openingHours = () => z
  .object({
    day: field(z.enum(WEEKDAYS), {
      label: t('Day', 'Dia', 'Día'),
      widget: 'select',
      options: {
        monday: t('Monday', 'Segunda-feira', 'Lunes'),
        tuesday: t('Tuesday', 'Terça-feira', 'Martes'),
        wednesday: t('Wednesday', 'Quarta-feira', 'Miércoles'),
        thursday: t('Thursday', 'Quinta-feira', 'Jueves'),
        friday: t('Friday', 'Sexta-feira', 'Viernes'),
        saturday: t('Saturday', 'Sábado', 'Sábado'),
        sunday: t('Sunday', 'Domingo', 'Domingo'),
      },
    }),
    from: field(time(), { label: t('From', 'Das', 'Desde'), widget: 'time' }),
    to: field(time(), { label: t('To', 'Até', 'Hasta'), widget: 'time' }),
  })
  .refine((hours) => hours.from < hours.to, { error: 'the closing time must come after the opening time', path: ['to'] });

/** An IANA time zone name such as `America/Sao_Paulo`, or `UTC`. */
const timezone = () => z
  .string()
  .max(64)
  .regex(/^[A-Za-z]+(?:[/_+-][A-Za-z0-9_+-]+)*$/, { error: 'use an IANA time zone such as America/Sao_Paulo' });

const WEEKDAY_HOURS = (['monday', 'tuesday', 'wednesday', 'thursday', 'friday'] as const).map((day) => ({
  day,
  from: '09:00',
  to: '18:00',
}));

/**
 * Routes by business hours: `open` while the current time, in the chosen time zone, falls in
 * one of the weekly opening periods; `closed` otherwise. A day may have several periods
 * (a lunch break) or none (closed all day).
 */
export const dateTime = defineStep({
  type: 'dateTime',
  role: 'step',
  labels: t('Date & time', 'Data e hora', 'Fecha y hora'),
  description: t(
    'Follows “open” during business hours and “closed” outside them.',
    'Segue “aberto” no horário comercial e “fechado” fora dele.',
    'Sigue “abierto” en horario comercial y “cerrado” fuera de él.',
  ),
  icon: 'clock',
  config: () => z.object({
    timezone: field(timezone(), { label: t('Time zone', 'Fuso horário', 'Zona horaria'), widget: 'text' }),
    schedule: field(z.array(openingHours()).max(7 * 4), {
      label: t('Business hours', 'Horário comercial', 'Horario comercial'),
      widget: 'list',
    }),
  }),
  defaultConfig: { timezone: 'UTC', schedule: WEEKDAY_HOURS },
  ports: () => [OPEN_PORT, CLOSED_PORT],
  references: [],
  summary: (config, locale) => {
    const count = config.schedule.length;
    const periods = count === 1
      ? inLanguage(locale, '1 opening period', '1 período de atendimento', '1 periodo de atención')
      : inLanguage(locale, `${count} opening periods`, `${count} períodos de atendimento`, `${count} periodos de atención`);
    return `${periods}, ${config.timezone}`;
  },
});
