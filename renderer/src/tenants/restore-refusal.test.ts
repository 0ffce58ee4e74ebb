import { describe, expect, it } from 'vitest';
import type { ReportedDiagnostic } from '../../../shared/format/diagnostic';
import { HostCallError } from '../host/host-call-error';
import { translatorFor } from '../i18n/resources';
import { describeRestoreFailure } from './restore-refusal';

describe('a restore the tenant refuses', () => {
  // conversations-workflows.es.txt: "Para editar un flujo de trabajo publicado, debe detener el flujo de trabajo."
  it('quotes the tenant’s own reason, so the person knows what to do (stop the workflow, read the list again)', async () => {
    const error = new HostCallError('REMOTE', 'The tenant refused: "Welcome" is published: stop it before changing it.', 'tenants:restore');
    const refusal = describeRestoreFailure(error, 2, await translatorFor('en'), 'en');
    expect(refusal.summary).toBe('Revision 2 was not restored. The tenant refused: "Welcome" is published: stop it before changing it.');
    expect(refusal.errors).toEqual([]);
  });

  it('words the errors the tenant found in the restored flow in the UI language', async () => {
    const placeholder: ReportedDiagnostic = { severity: 'error', code: 'REF_PLACEHOLDER', message: '"Queue": choose a queue (still a placeholder).', params: { field: 'Queue', kind: 'queue' } };
    const error = new HostCallError('REMOTE', 'refused as invalid', 'tenants:restore', [placeholder]);
    const refusal = describeRestoreFailure(error, 4, await translatorFor('es'), 'es');
    expect(refusal.summary).toContain('La revisión 4 no se restauró');
    expect(refusal.errors).toEqual(['“Queue”: elige un(a) queue (todavía es un marcador de posición).']);
  });
});
