import { describe, expect, it } from 'vitest';
import type { ReportedDiagnostic } from '../../../shared/format/diagnostic';
import { HostCallError } from '../host/host-call-error';
import { translatorFor } from '../i18n/resources';
import { describeActionRefusal } from './action-refusal';

const translator = translatorFor;

/** What the tenant answers when a publish meets a placeholder: its English message, with the code and parameters. */
const placeholder: ReportedDiagnostic = {
  severity: 'error',
  code: 'REF_PLACEHOLDER',
  message: '"Queue": choose a queue (still a placeholder).',
  params: { field: 'Queue', kind: 'queue' },
};
const refusal = (diagnostics: ReportedDiagnostic[]) =>
  new HostCallError('REMOTE', 'The tenant at http://127.0.0.1:1 refused the data as invalid. The tenant said: "The flow cannot publish: it has 1 error; see diagnostics."', 'tenants:flowAction', diagnostics);

describe('a publish the tenant refuses, in the UI language', () => {
  // contact-center-import.en.txt: "Update each notation and flow setting as needed before publishing your flow."
  it('says which flow was refused and lists each error the tenant found, in Spanish and Portuguese too', async () => {
    const warning: ReportedDiagnostic = { severity: 'warning', code: 'NODE_UNREACHABLE', message: 'Step "x" cannot be reached.' };
    const error = refusal([placeholder, warning]);
    expect(describeActionRefusal(error, { action: 'publish', flow: 'Sales IVR' }, await translator('es'), 'es')).toEqual({
      summary: 'Publicar: rechazado para “Sales IVR”; el tenant encontró 1 error.',
      errors: ['“Queue”: elige un(a) queue (todavía es un marcador de posición).'],
    });
    expect(describeActionRefusal(refusal([placeholder, placeholder]), { action: 'publish', flow: 'Sales IVR' }, await translator('pt-BR'), 'pt-BR')?.summary).toBe(
      'Publicar: recusado para “Sales IVR”; o tenant encontrou 2 erros.',
    );
    expect(describeActionRefusal(error, { action: 'publish', flow: 'Sales IVR' }, await translator('en'), 'en')).toEqual({
      summary: 'Publish refused for “Sales IVR”: the tenant found 1 error.',
      errors: ['"Queue": choose a queue (still a placeholder).'],
    });
  });

  it('leaves any other failure to be shown as the host words it', async () => {
    const t = await translator('es');
    expect(describeActionRefusal(new HostCallError('REMOTE', 'unreachable', 'tenants:flowAction'), { action: 'publish', flow: 'A' }, t, 'es')).toBeNull();
    expect(describeActionRefusal(new HostCallError('CONFLICT', 'changed', 'tenants:flowAction', [placeholder]), { action: 'publish', flow: 'A' }, t, 'es')).toBeNull();
    expect(describeActionRefusal(new Error('boom'), { action: 'publish', flow: 'A' }, t, 'es')).toBeNull();
  });
});
