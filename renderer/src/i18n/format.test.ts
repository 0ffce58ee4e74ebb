import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { formatDate, formatDateTime } from './format';

// Midday UTC: the same day in every time zone the tests may run in.
const MOMENT = '2026-12-06T12:00:00.000Z';

describe('dates and times in the UI’s language', () => {
  it('writes a date and time in the UI’s language whatever the browser speaks, without AM/PM under Portuguese or Spanish', () => {
    const pt = formatDateTime(MOMENT, 'pt-BR');
    expect(pt).toContain('dez.');
    expect(pt).not.toMatch(/AM|PM/);
    expect(formatDateTime(MOMENT, 'es')).toContain('dic');
    expect(formatDateTime(MOMENT, 'en')).toMatch(/Dec 6, 2026.*(AM|PM)/);
  });

  it('writes a day alone, and nothing for text that is not a date', () => {
    expect(formatDate(MOMENT, 'pt-BR')).toBe('6 de dez. de 2026');
    expect(formatDate(MOMENT, 'en')).toBe('Dec 6, 2026');
    expect(formatDate('not a date', 'en')).toBeNull();
  });

  it('shows text the host sent that is not a date as it came rather than “Invalid Date”', () => {
    expect(formatDateTime('soon', 'es')).toBe('soon');
  });

  it('is the one place the editor formats a date: no component asks the browser for its own language', () => {
    const root = join(import.meta.dirname, '..');
    const offenders: string[] = [];
    const walk = (folder: string) => {
      for (const entry of readdirSync(folder, { withFileTypes: true })) {
        const path = join(folder, entry.name);
        if (entry.isDirectory()) walk(path);
        else if (/\.tsx?$/.test(entry.name) && !/\.test\.tsx?$/.test(entry.name) && path !== join(import.meta.dirname, 'format.ts')) {
          if (/toLocale(Date|Time)?String\(|Intl\.DateTimeFormat|type="time"/.test(readFileSync(path, 'utf8'))) offenders.push(relative(root, path));
        }
      }
    };
    walk(root);
    expect(offenders).toEqual([]);
  });
});
