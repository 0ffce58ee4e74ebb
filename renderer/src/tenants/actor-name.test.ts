import { describe, expect, it } from 'vitest';
import { actorName } from './actor-name';

describe('who acted, in the flows list', () => {
  it("names the person a token belongs to, with their address for the tooltip", () => {
    expect(actorName('tok_1', "Ana's laptop", { id: 'usr_1', name: 'Ana Lima', email: 'ana@example.com' })).toEqual({ name: 'Ana Lima', email: 'ana@example.com' });
  });

  it('keeps a machine token to its label, and a tenant older than labels to the token id', () => {
    expect(actorName('tok_1', 'CI deploy', null)).toEqual({ name: 'CI deploy', email: null });
    expect(actorName('tok_1', null, undefined)).toEqual({ name: 'tok_1', email: null });
  });
});
