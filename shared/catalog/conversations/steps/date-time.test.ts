import { describe, expect, it } from 'vitest';
import { dateTime } from './date-time';

const config = dateTime.defaultConfig;

describe('date and time step', () => {
  it('starts with weekday business hours from 9:00 to 18:00', () => {
    expect(config.schedule.map((hours) => hours.day)).toEqual(['monday', 'tuesday', 'wednesday', 'thursday', 'friday']);
    expect(config.schedule.every((hours) => hours.from === '09:00' && hours.to === '18:00')).toBe(true);
  });

  it('follows open during business hours and closed outside them', () => {
    expect(dateTime.ports(config).map((port) => [port.id, port.role])).toEqual([
      ['open', 'branch'],
      ['closed', 'branch'],
    ]);
  });

  it('rejects an opening period that closes before it opens or a time that is not HH:MM', () => {
    expect(dateTime.config.safeParse({ ...config, schedule: [{ day: 'monday', from: '18:00', to: '09:00' }] }).success).toBe(false);
    expect(dateTime.config.safeParse({ ...config, schedule: [{ day: 'monday', from: '9:00', to: '18:00' }] }).success).toBe(false);
    expect(dateTime.config.safeParse({ ...config, schedule: [{ day: 'monday', from: '08:00', to: '12:00' }, { day: 'monday', from: '13:00', to: '18:00' }] }).success).toBe(true);
  });

  it('accepts IANA time zone names and rejects free text', () => {
    for (const timezone of ['UTC', 'America/Sao_Paulo', 'America/Argentina/Buenos_Aires', 'America/Port-au-Prince', 'Etc/GMT+3']) {
      expect(dateTime.config.safeParse({ ...config, timezone }).success, timezone).toBe(true);
    }
    expect(dateTime.config.safeParse({ ...config, timezone: 'Brasília time' }).success).toBe(false);
  });
});
