import { describe, expect, it } from 'vitest';
import { diagnosticText } from '../problems/diagnostic-text';
import { describeProblems } from '../problems/problem-summary';
import { translatorFor } from './resources';

const translator = translatorFor;

describe('translations', () => {
  it('names the error indicator with counts in the exact English the tests and screen readers rely on', async () => {
    const t = await translator('en');
    expect(describeProblems(t, { errors: 0, warnings: 0 })).toBe('No problems');
    expect(describeProblems(t, { errors: 2, warnings: 1 })).toBe('2 errors, 1 warning');
    expect(describeProblems(t, { errors: 1, warnings: 0 })).toBe('1 error, 0 warnings');
  });

  it('speaks Brazilian Portuguese and Spanish with their own plurals', async () => {
    expect(describeProblems(await translator('pt-BR'), { errors: 1, warnings: 3 })).toBe('1 erro, 3 avisos');
    expect(describeProblems(await translator('es'), { errors: 2, warnings: 1 })).toBe('2 errores, 1 advertencia');
  });

  it('holds the canvas strings of each language in the same namespace as the app’s', async () => {
    const pt = await translator('pt-BR');
    expect(pt('canvas.palette')).toBe('Paleta');
    expect(pt('library.title')).toBe('Biblioteca');
  });

  it('keeps the Language menu findable by its English name in every language', async () => {
    for (const language of ['en', 'pt-BR', 'es']) expect((await translator(language))('top.language')).toContain('Language');
  });

  it('names a config field in the language of the UI when the diagnostic carries its label in that language', async () => {
    const diagnostic = {
      severity: 'error' as const,
      code: 'CONFIG_REQUIRED',
      message: '"Branches 2: Branch name" is required.',
      params: { field: 'Branches 2: Branch name', 'field@pt-BR': 'Ramos 2: Nome do ramo', 'field@es': 'Ramas 2: Nombre de la rama' },
    };
    expect(diagnosticText(diagnostic, await translator('es'), 'es')).toBe('“Ramas 2: Nombre de la rama” es obligatorio.');
    expect(diagnosticText(diagnostic, await translator('pt-BR'), 'pt-BR')).toBe('“Ramos 2: Nome do ramo” é obrigatório.');
    expect(diagnosticText(diagnostic, await translator('en'), 'en')).toBe('"Branches 2: Branch name" is required.');
    // A diagnostic without the label in the UI's language (an older tenant's) keeps the English one.
    expect(diagnosticText({ ...diagnostic, params: { field: 'Message' } }, await translator('es'), 'es')).toBe('“Message” es obligatorio.');
  });
});
