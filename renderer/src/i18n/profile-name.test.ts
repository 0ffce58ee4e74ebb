import { describe, expect, it } from 'vitest';
import { diagnosticText } from '../problems/diagnostic-text';
import { profileName } from './profile-name';
import { translatorFor } from './resources';

describe('profiles named in the UI’s language', () => {
  it('names a profile by its label, and an unknown one by its id', () => {
    expect(profileName('journeys', 'en')).not.toBe('journeys');
    expect(profileName('journeys', 'pt-BR')).not.toBe(profileName('journeys', 'en'));
    expect(profileName('from-the-future', 'es')).toBe('from-the-future');
  });

  it('puts no profile id inside a translated diagnostic', async () => {
    const diagnostic = { severity: 'error' as const, code: 'LIMIT_STEPS' as const, message: 'The flow has 120 steps; journeys flows may have at most 100.', params: { count: 120, profile: 'journeys', max: 100 } };
    const text = diagnosticText(diagnostic, await translatorFor('pt-BR'), 'pt-BR');
    expect(text).toContain(profileName('journeys', 'pt-BR'));
    expect(text).not.toMatch(/\bjourneys\b/);
  });
});

describe('tenant flow statuses named in the UI’s language', () => {
  it('puts the status word of the UI’s language inside a translated diagnostic, not the tenant’s English id', async () => {
    const diagnostic = {
      severity: 'error' as const,
      code: 'IMPORT_RUNNING_EDIT_LOCKED' as const,
      message: 'x',
      params: { name: 'Welcome', status: 'active', step: 'Wait', field: 'Delay', editable: 'Message' },
    };
    const pt = await translatorFor('pt-BR');
    const text = diagnosticText(diagnostic, pt, 'pt-BR');
    expect(text).toContain(pt('tenants.status.active').toLocaleLowerCase('pt-BR'));
    expect(text).not.toMatch(/\bactive\b/);
  });
});
