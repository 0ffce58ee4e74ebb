import { describe, expect, it } from 'vitest';
import { HOST_ERROR_CODES } from '../../../shared/host/contract';
import { LOCALES } from '../../../shared/locales/locales';
import { translatorFor } from '../i18n/resources';
import { HostCallError } from './host-call-error';
import { errorText } from './host-error-text';

const notFound = new HostCallError('NOT_FOUND', 'no such file: flows/welcome.flow.json', 'file:read');

describe('host errors in the UI’s language', () => {
  it('says what a host error means in Portuguese and Spanish instead of quoting the host’s English', async () => {
    expect(errorText(notFound, await translatorFor('pt-BR'), 'pt-BR')).toBe('O arquivo ou a pasta não foi encontrado.');
    expect(errorText(notFound, await translatorFor('es'), 'es')).toBe('No se encontró el archivo o la carpeta.');
  });

  it('keeps the host’s own, more precise words in English, and any other error’s message', async () => {
    expect(errorText(notFound, await translatorFor('en'), 'en')).toBe('no such file: flows/welcome.flow.json');
    expect(errorText(new Error('boom'), await translatorFor('es'), 'es')).toBe('boom');
    expect(errorText('plain', await translatorFor('es'), 'es')).toBe('plain');
  });

  it('has a sentence for every code a host call can fail with, in every language', async () => {
    for (const locale of LOCALES) {
      const t = await translatorFor(locale);
      for (const code of [...HOST_ERROR_CODES, 'TRANSPORT'] as const) {
        const text = t(`hostErrors.${code}`, { defaultValue: '' });
        expect(text, `${locale} ${code}`).not.toBe('');
      }
    }
  });
});
