import { describe, expect, it } from 'vitest';
import { planMove } from './move-plan';

const workspace = new Set(['sales', 'sales/welcome.flow.json', 'sales/eu', 'sales/eu/vat.flow.json', 'support', 'support/welcome.flow.json', 'faq.flow.json']);

describe('planning a move into a folder', () => {
  it('moves files and folders under their own names into the chosen folder', () => {
    expect(planMove(['faq.flow.json', 'sales/eu'], 'support', workspace)).toEqual({
      moves: [
        { from: 'faq.flow.json', to: 'support/faq.flow.json' },
        { from: 'sales/eu', to: 'support/eu' },
      ],
      refusals: [],
    });
  });

  it('moves into the workspace root', () => {
    expect(planMove(['sales/eu/vat.flow.json'], '', workspace).moves).toEqual([{ from: 'sales/eu/vat.flow.json', to: 'vat.flow.json' }]);
  });

  it('refuses a name the folder already has instead of overwriting that file', () => {
    expect(planMove(['sales/welcome.flow.json'], 'support', workspace)).toEqual({ moves: [], refusals: [{ path: 'sales/welcome.flow.json', reason: 'nameTaken' }] });
  });

  it('refuses two moved items that would take the same name', () => {
    const plan = planMove(['sales/welcome.flow.json', 'support/welcome.flow.json'], 'sales/eu', workspace);
    expect(plan.moves).toEqual([{ from: 'sales/welcome.flow.json', to: 'sales/eu/welcome.flow.json' }]);
    expect(plan.refusals).toEqual([{ path: 'support/welcome.flow.json', reason: 'nameTaken' }]);
  });

  it('refuses moving a folder into itself or into one of its sub-folders', () => {
    expect(planMove(['sales'], 'sales', workspace).refusals).toEqual([{ path: 'sales', reason: 'intoItself' }]);
    expect(planMove(['sales'], 'sales/eu', workspace).refusals).toEqual([{ path: 'sales', reason: 'intoItself' }]);
  });

  it('leaves out what is already in that folder and what travels inside a moved folder', () => {
    expect(planMove(['support/welcome.flow.json'], 'support', workspace)).toEqual({ moves: [], refusals: [] });
    expect(planMove(['sales/eu', 'sales/eu/vat.flow.json'], 'support', workspace).moves).toEqual([{ from: 'sales/eu', to: 'support/eu' }]);
  });
});
