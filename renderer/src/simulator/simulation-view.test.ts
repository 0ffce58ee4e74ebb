import { describe, expect, it } from 'vitest';
import { EFFECT_KINDS, END_REASONS, WORLD_QUESTIONS } from '../../../shared/catalog/behaviour';
import type { WaitFor } from '../../../shared/catalog/behaviour';
import { translatorFor } from '../i18n/resources';
import { laterText } from './simulation-view';

const WAITS: readonly WaitFor[] = ['reply', 'digits', 'http', 'agent', 'time'];

describe('the Simulate panel’s words', () => {
  it('words every effect kind, end reason, world question and wait of the runtime in each language (a new one needs its words)', async () => {
    for (const language of ['en', 'es', 'pt-BR']) {
      const t = await translatorFor(language);
      const exists = (key: string) => t(key, { defaultValue: '' }) !== '';
      const missing = [
        ...EFFECT_KINDS.map((kind) => `simulator.effect.${kind}`),
        ...END_REASONS.map((reason) => `simulator.outcome.ended.${reason}`),
        ...WORLD_QUESTIONS.map((question) => `simulator.question.${question}`),
        ...WAITS.map((wait) => `simulator.outcome.waiting.${wait}`),
      ].filter((key) => !exists(key));
      expect(missing, language).toEqual([]);
    }
  });

  it('says a wait in the largest whole unit: "7 days later", "7 días después"', async () => {
    expect(laterText(await translatorFor('en'), 7 * 24 * 3600)).toBe('7 days later');
    expect(laterText(await translatorFor('en'), 3600)).toBe('1 hour later');
    expect(laterText(await translatorFor('en'), 90)).toBe('90 seconds later');
    expect(laterText(await translatorFor('es'), 7 * 24 * 3600)).toBe('7 días después');
    expect(laterText(await translatorFor('pt-BR'), 24 * 3600)).toBe('1 dia depois');
  });
});
