import { describe, expect, it } from 'vitest';
import { acceptedLanguageTags, localeForAcceptLanguage } from './accept-language';

describe('Accept-Language headers', () => {
  it('lists the tags most preferred first, ties in the header’s order, refused and malformed ones left out', () => {
    expect(acceptedLanguageTags('en;q=0.5,pt-BR;q=0.9,es;q=0.7')).toEqual(['pt-BR', 'es', 'en']);
    expect(acceptedLanguageTags('de, fr')).toEqual(['de', 'fr']);
    expect(acceptedLanguageTags('fr;q=0, *, <script>;q=1, ;;')).toEqual([]);
    expect(acceptedLanguageTags(undefined)).toEqual([]);
  });

  it('gives the first language the product speaks, by language alone when the region differs, else English', () => {
    expect(localeForAcceptLanguage('fr-FR, es-AR;q=0.8, en;q=0.5')).toBe('es');
    expect(localeForAcceptLanguage('pt-PT')).toBe('pt-BR');
    expect(localeForAcceptLanguage('de')).toBe('en');
  });
});
