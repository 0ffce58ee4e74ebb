import { describe, expect, it } from 'vitest';
import { branch } from './branch';
import type { BranchCondition } from './branch';

const vip: BranchCondition = { id: 'vip', name: 'VIP customers', field: 'contact.tags', operator: 'contains', value: 'VIP' };
const brazil: BranchCondition = { id: 'br', name: 'Brazil', field: 'contact.country', operator: 'equals', value: 'BR' };

describe('branch step', () => {
  it('has one branch port per condition, labelled with its name, then else', () => {
    const ports = branch.ports({ conditions: [vip, brazil] });
    expect(ports.map((port) => [port.id, port.role, port.label.en])).toEqual([
      ['vip', 'branch', 'VIP customers'],
      ['br', 'branch', 'Brazil'],
      ['else', 'fallback', 'Else'],
    ]);
    // Author-written names are shown as written in every language.
    expect(ports[0]!.label['pt-BR']).toBe('VIP customers');
  });

  it('keeps port ids when a branch is renamed or the branches are reordered, so connections stay attached', () => {
    const before = branch.ports({ conditions: [vip, brazil] }).map((port) => port.id);
    const after = branch.ports({ conditions: [brazil, { ...vip, name: 'Gold tier' }] }).map((port) => port.id);
    expect(new Set(after)).toEqual(new Set(before));
  });

  it('has only the else port while no condition is defined', () => {
    expect(branch.ports(branch.defaultConfig).map((port) => port.id)).toEqual(['else']);
  });

  it('rejects two branches with the same id and a branch named like the else port', () => {
    expect(branch.config.safeParse({ conditions: [vip, { ...brazil, id: 'vip' }] }).success).toBe(false);
    expect(branch.config.safeParse({ conditions: [{ ...vip, id: 'else' }] }).success).toBe(false);
  });

  it('accepts at most ten branches besides else', () => {
    const conditions = Array.from({ length: 11 }, (_, index) => ({ ...vip, id: `c${index}` }));
    expect(branch.config.safeParse({ conditions: conditions.slice(0, 10) }).success).toBe(true);
    expect(branch.config.safeParse({ conditions }).success).toBe(false);
  });
});
