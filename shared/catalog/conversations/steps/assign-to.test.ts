import { describe, expect, it } from 'vitest';
import { SEVEN_DAYS_SECONDS } from '../../common-fields';
import { assignTo } from './assign-to';

const base = assignTo.defaultConfig;

describe('assign to step', () => {
  it('starts as a round-robin assignment across the workspace with a seven-day timeout', () => {
    expect(base).toMatchObject({ mode: 'workspace', rule: 'roundRobin', timeout: SEVEN_DAYS_SECONDS });
  });

  it('continues on assigned and falls back on timeout', () => {
    expect(assignTo.ports(base).map((port) => [port.id, port.role])).toEqual([
      ['assigned', 'main'],
      ['timeout', 'fallback'],
    ]);
  });

  it('requires the user when assigning to a specific user, placeholder or missing', () => {
    expect(assignTo.config.safeParse({ ...base, mode: 'user' }).success).toBe(false);
    expect(assignTo.config.safeParse({ ...base, mode: 'user', user: { $ref: 'user' } }).success).toBe(false);
    expect(assignTo.config.safeParse({ ...base, mode: 'user', user: { $ref: 'user', id: '8812', name: 'Ana Souza' } }).success).toBe(true);
  });

  it('requires the team when assigning to a member of a team', () => {
    expect(assignTo.config.safeParse({ ...base, mode: 'team' }).success).toBe(false);
    expect(assignTo.config.safeParse({ ...base, mode: 'team', team: { $ref: 'team', id: '40213', name: 'Support' } }).success).toBe(true);
  });

  it('rejects a timeout longer than seven days', () => {
    expect(assignTo.config.safeParse({ ...base, timeout: SEVEN_DAYS_SECONDS + 60 }).success).toBe(false);
  });
});
