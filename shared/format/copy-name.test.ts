import { describe, expect, it } from 'vitest';
import { copyName } from './copy-name';

describe('copyName: a copy beside its original is told apart by name', () => {
  it('adds "(copy)", then counts when that name is taken', () => {
    expect(copyName('Welcome')).toBe('Welcome (copy)');
    expect(copyName('Welcome', new Set(['Welcome (copy)']))).toBe('Welcome (copy 2)');
    expect(copyName('Welcome', new Set(['Welcome (copy)', 'Welcome (copy 2)']))).toBe('Welcome (copy 3)');
  });

  it('shortens the original name, never the suffix, to stay within 200 characters', () => {
    const long = 'x'.repeat(200);
    expect(copyName(long)).toHaveLength(200);
    expect(copyName(long).endsWith(' (copy)')).toBe(true);
    expect(copyName(long, new Set([copyName(long)])).endsWith(' (copy 2)')).toBe(true);
  });
});

describe('copyName in the language of the person making the copy', () => {
  it('uses their words for the first and the counted copies', () => {
    const spanish = { first: '(copia)', counted: '(copia {{count}})' };
    expect(copyName('Bienvenida', new Set(), spanish)).toBe('Bienvenida (copia)');
    expect(copyName('Bienvenida', new Set(['Bienvenida (copia)']), spanish)).toBe('Bienvenida (copia 2)');
  });
});
