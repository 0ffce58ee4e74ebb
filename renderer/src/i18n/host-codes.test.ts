import { describe, expect, it } from 'vitest';
import { KIND_LABELS } from '../../../shared/catalog/kind-labels';
import { REF_KINDS } from '../../../shared/format/entity-ref';
import { referenceWhat } from '../../../shared/pack/export/report-labels';
import { KEYCHAIN_UNAVAILABLE_REASONS } from '../../../shared/host/keychain-status';
import { keychainReasonText, reportedReferenceText } from './host-codes';
import { translatorFor } from './resources';

describe('why the host cannot encrypt a secret, in the UI’s language', () => {
  it('words the browser host’s reason in English', async () => {
    expect(keychainReasonText({ protects: false, reason: 'browserHost' }, await translatorFor('en'))).toMatch(/browser host .* keychain/);
  });

  it.each(['pt-BR', 'es'] as const)('words every reason in %s, not in English', async (locale) => {
    const [t, en] = [await translatorFor(locale), await translatorFor('en')];
    for (const reason of KEYCHAIN_UNAVAILABLE_REASONS) {
      const text = keychainReasonText({ protects: false, reason }, t);
      expect(text).not.toBe(keychainReasonText({ protects: false, reason }, en));
      expect(text).not.toContain('keychainReason');
    }
  });

  it('says nothing when the host gave no reason', async () => {
    expect(keychainReasonText({ protects: true }, await translatorFor('es'))).toBe('');
    expect(keychainReasonText(undefined, await translatorFor('es'))).toBe('');
  });
});

describe('a reported reference named by its kind in the UI’s language', () => {
  it('reads in English as the CLI prints it, for every kind', async () => {
    const en = await translatorFor('en');
    for (const kind of [...REF_KINDS, 'unknown'] as const) expect(reportedReferenceText(kind, en, 'en')).toBe(referenceWhat(kind));
  });

  it.each(['pt-BR', 'es'] as const)('uses the kind’s word in %s and no English', async (locale) => {
    const [t, en] = [await translatorFor(locale), await translatorFor('en')];
    expect(reportedReferenceText('tag', t, locale)).toContain(KIND_LABELS.tag[locale]);
    for (const kind of ['tag', 'flow', 'attachment', 'unknown'] as const) {
      expect(reportedReferenceText(kind, t, locale)).not.toBe(reportedReferenceText(kind, en, 'en'));
      expect(reportedReferenceText(kind, t, locale)).not.toMatch(/reference|attachment/);
    }
  });
});
