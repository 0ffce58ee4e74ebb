import { describe, expect, it } from 'vitest';
import { defaultPackFileName } from './default-file-name';

// Built from local-time parts, so the test reads the same in every time zone.
const at = new Date(2026, 10, 21, 14, 30, 59);

describe('defaultPackFileName', () => {
  it('is the name and the local export time, to the minute', () => {
    expect(defaultPackFileName('Sales IVR', at)).toBe('Sales IVR 2026-11-21 1430.flowpack');
    expect(defaultPackFileName('Early', new Date(2026, 0, 5, 7, 3))).toBe('Early 2026-01-05 0703.flowpack');
  });

  it('replaces characters file systems refuse and trims dots and spaces', () => {
    expect(defaultPackFileName('  Leads: A/B <test>? ', at)).toBe('Leads- A-B -test-- 2026-11-21 1430.flowpack');
    expect(defaultPackFileName('..hidden..', at)).toBe('hidden 2026-11-21 1430.flowpack');
    expect(defaultPackFileName('tab\there', at)).toBe('tab-here 2026-11-21 1430.flowpack');
  });

  it('never produces an empty or reserved name, or an overlong one', () => {
    expect(defaultPackFileName('///', at)).toBe('--- 2026-11-21 1430.flowpack');
    expect(defaultPackFileName('   ', at)).toBe('pack 2026-11-21 1430.flowpack');
    expect(defaultPackFileName('CON', at)).toBe('CON pack 2026-11-21 1430.flowpack');
    expect(defaultPackFileName('x'.repeat(500), at).length).toBeLessThanOrEqual(120 + ' 2026-11-21 1430.flowpack'.length);
  });
});
