import { describe, expect, it } from 'vitest';
import { importedFlowSchema } from './imports';

describe('import reports read from a tenant', () => {
  it('keep a diagnostic whose code only a newer tenant knows, with its message, instead of refusing the report', () => {
    const entry = importedFlowSchema.parse({
      flowId: 'f1',
      targetId: 't1',
      name: 'Intake',
      action: 'update',
      references: [],
      diagnostics: [
        { severity: 'error', code: 'IMPORT_QUOTA_EXCEEDED', message: 'The tenant allows 20 imports a day.', params: { limit: 20 }, addedIn: '2.0' },
        { severity: 'warning', code: 'REF_REMOVED', message: 'A tag was removed.' },
      ],
    });
    expect(entry.diagnostics).toEqual([
      { severity: 'error', code: 'IMPORT_QUOTA_EXCEEDED', message: 'The tenant allows 20 imports a day.', params: { limit: 20 } },
      { severity: 'warning', code: 'REF_REMOVED', message: 'A tag was removed.' },
    ]);
  });

  it('still refuse a diagnostic without a severity or with a code that is not a code', () => {
    const flow = { flowId: 'f1', targetId: 't1', name: 'Intake', action: 'update', references: [] };
    expect(importedFlowSchema.safeParse({ ...flow, diagnostics: [{ code: 'REF_REMOVED', message: 'x' }] }).success).toBe(false);
    expect(importedFlowSchema.safeParse({ ...flow, diagnostics: [{ severity: 'error', code: 'not a code', message: 'x' }] }).success).toBe(false);
  });
});
