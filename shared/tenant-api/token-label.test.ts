import { describe, expect, it } from 'vitest';
import { checkTokenLabel, defaultTokenLabel, TOKEN_LABEL_MAX_CHARS } from './token-label';

describe('checkTokenLabel', () => {
  it('accepts a name of a person or tool, trimmed, accents and emoji included', () => {
    expect(checkTokenLabel('  CI deploy ')).toEqual({ ok: true, label: 'CI deploy' });
    expect(checkTokenLabel('Conceição’s laptop 👩‍💻')).toEqual({ ok: true, label: 'Conceição’s laptop 👩‍💻' });
  });

  it('counts characters, not UTF-16 units: 80 emoji fit, 81 letters do not', () => {
    expect(checkTokenLabel('🚀'.repeat(TOKEN_LABEL_MAX_CHARS)).ok).toBe(true);
    expect(checkTokenLabel('a'.repeat(81))).toEqual({ ok: false, problem: 'is 81 characters long; at most 80 are allowed' });
  });

  it('refuses an empty label, saying what to give instead', () => {
    const checked = checkTokenLabel('   ');
    expect(checked.ok).toBe(false);
    expect(!checked.ok && checked.problem).toMatch(/^is empty: give the person or tool/);
  });

  it('refuses line breaks, terminal escapes and text-direction overrides, naming the character and where it is', () => {
    expect(checkTokenLabel('CI\ndeploy')).toEqual({ ok: false, problem: expect.stringContaining('U+000A, character 3') });
    expect(checkTokenLabel('\u001b[2Jadmin')).toEqual({ ok: false, problem: expect.stringContaining('U+001B, character 1') });
    // "admin\u202Eevil" would read as "adminlive" in a list.
    expect(checkTokenLabel('admin\u202Eevil')).toEqual({ ok: false, problem: expect.stringContaining('U+202E, character 6') });
  });
});

describe('defaultTokenLabel', () => {
  it('names an unlabelled token by the start of its id, as migration 0004 names older tokens', () => {
    expect(defaultTokenLabel('tok_3f9a1c2b5d6e7f8091a2b3c4')).toBe('token 3f9a1c2b');
  });
});
