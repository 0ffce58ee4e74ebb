import { describe, expect, it } from 'vitest';
import { LANGUAGE_NAMES } from './locale';

describe('the Language menu', () => {
  it('names each language the way its speakers do, from its folder', () => {
    expect(LANGUAGE_NAMES).toEqual({ en: 'English', 'pt-BR': 'Português (Brasil)', es: 'Español' });
  });
});
