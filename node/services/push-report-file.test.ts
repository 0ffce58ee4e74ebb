import { describe, expect, it } from 'vitest';
import { pushReportFileName } from './push-report-file';

describe('push report file names', () => {
  it('names a report from the time of the push without colons, so every file system takes it', () => {
    expect(pushReportFileName(new Date('2026-11-21T12:40:09.123Z'))).toBe('2026-11-21T12-40-09-123Z-push.json');
  });

  it('keeps two pushes in the same second apart', () => {
    const first = pushReportFileName(new Date('2026-11-21T12:40:09.100Z'));
    expect(pushReportFileName(new Date('2026-11-21T12:40:09.900Z'))).not.toBe(first);
  });
});
