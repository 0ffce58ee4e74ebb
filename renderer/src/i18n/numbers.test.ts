import { describe, expect, it } from 'vitest';
import { describeProblems } from '../problems/problem-summary';
import { translatorFor } from './resources';

describe('counts in the UI’s language', () => {
  it('groups the digits of a count as the language writes numbers', async () => {
    expect(describeProblems(await translatorFor('en'), { errors: 1234, warnings: 0 })).toBe('1,234 errors, 0 warnings');
    expect(describeProblems(await translatorFor('pt-BR'), { errors: 1234, warnings: 1 })).toBe('1.234 erros, 1 aviso');
    expect(describeProblems(await translatorFor('es'), { errors: 12345, warnings: 2 })).toBe('12.345 errores, 2 advertencias');
  });

  it('writes a million with the form Spanish and Portuguese keep for large round numbers, not English', async () => {
    const pt = await translatorFor('pt-BR');
    expect(pt('problems.errors', { count: 1_000_000 })).toBe('1.000.000 erros');
    const es = await translatorFor('es');
    expect(es('remoteList.count', { count: 1_000_000 })).toBe('1.000.000 flujos');
  });

  it('formats every number a sentence counts, not only `count`', async () => {
    const en = await translatorFor('en');
    expect(en('remoteList.matching', { count: 2, total: 12500 })).toBe('2 of 12,500 flows match');
  });
});
