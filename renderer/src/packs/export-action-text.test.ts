import { describe, expect, it } from 'vitest';
import { SANITISATION_ACTIONS } from '../../../shared/pack/pack-schema';
import { reportedReferenceText } from '../i18n/host-codes';
import { translatorFor } from '../i18n/resources';

// Spanish and Portuguese participles agree with their noun ("quitado" / "quitada"), and the
// reported value can be any noun; so the sentence must not put a participle after it.
const PARTICIPLE = /\b\p{L}+(?:ado|ido|ada|ida)s?\b/u;

describe('what export did to a value, in a sentence that agrees with any noun', () => {
  it.each(['pt-BR', 'es'] as const)('puts no participle after the value in %s', async (locale) => {
    const t = await translatorFor(locale);
    const what = reportedReferenceText('tag', t, locale);
    for (const action of SANITISATION_ACTIONS) {
      const sentence = t(`pack.action.${action}`, { what });
      expect(sentence).toContain(what);
      expect(sentence.slice(sentence.indexOf(what) + what.length)).not.toMatch(PARTICIPLE);
    }
  });
});
