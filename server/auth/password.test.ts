import { describe, expect, it } from 'vitest';
import { hashPassword, passwordProblem, verifyPassword } from './password';

describe('stored passwords', () => {
  it('keeps only a salted scrypt hash with its parameters, and verifies the password against it', async () => {
    const stored = await hashPassword('correct horse battery');
    expect(stored).toMatch(/^scrypt\$32768\$8\$1\$[\w-]{22}\$[\w-]{43}$/);
    expect(stored).not.toContain('correct horse');
    expect(await verifyPassword('correct horse battery', stored)).toBe(true);
    expect(await verifyPassword('correct horse batterY', stored)).toBe(false);
    expect(await verifyPassword('', stored)).toBe(false);
  });

  it('salts each hash afresh, so two people with one password get different hashes', async () => {
    const cheap = { N: 1024, r: 8, p: 1 };
    const [a, b] = await Promise.all([hashPassword('same password here', cheap), hashPassword('same password here', cheap)]);
    expect(a).not.toBe(b);
    expect(await verifyPassword('same password here', a)).toBe(true);
    expect(await verifyPassword('same password here', b)).toBe(true);
  });

  it('treats a password typed in either Unicode form as the same password', async () => {
    const stored = await hashPassword('Conceic\u0327a\u0303o 2026!', { N: 1024, r: 8, p: 1 });
    expect(await verifyPassword('Conceição 2026!', stored)).toBe(true);
  });

  it('matches nothing against a malformed or foreign hash rather than failing', async () => {
    for (const stored of ['', 'plain', 'scrypt$x$8$1$c2FsdA$a2V5', 'bcrypt$2b$10$abc', 'scrypt$1024$8$1$c2FsdA$']) {
      expect(await verifyPassword('anything at all', stored)).toBe(false);
    }
  });

  it('asks for at least 12 characters and at most 1024', () => {
    expect(passwordProblem('short')).toBe('is 5 characters long; use at least 12');
    expect(passwordProblem('twelve chars')).toBeUndefined();
    expect(passwordProblem('x'.repeat(1025))).toContain('at most 1024');
  });
});
