import { describe, expect, it } from 'vitest';
import { matchLocale, pickLocale } from './locales';

describe('choosing the app language from the system locale', () => {
  it('speaks Brazilian Portuguese to any Portuguese locale and Spanish to any Spanish one', () => {
    expect(matchLocale('pt-BR')).toBe('pt-BR');
    expect(matchLocale('pt-PT')).toBe('pt-BR');
    expect(matchLocale('pt')).toBe('pt-BR');
    expect(matchLocale('es-MX')).toBe('es');
    expect(matchLocale('en_GB')).toBe('en');
  });

  it('takes the first candidate it speaks and falls back to English', () => {
    expect(pickLocale([null, 'de-DE', 'es-AR', 'pt-BR'])).toBe('es');
    expect(pickLocale(['fr-FR', undefined])).toBe('en');
  });
});
