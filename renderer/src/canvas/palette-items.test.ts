import { describe, expect, it } from 'vitest';
import { paletteGroups } from './palette-items';

describe('the palette', () => {
  it('lists the profile catalog with triggers apart from steps', () => {
    const groups = paletteGroups('conversations', 'standard', '', 'en');
    expect(groups.triggers.every((step) => step.role === 'trigger')).toBe(true);
    expect(groups.triggers.map((step) => step.type)).toContain('manual');
    expect(groups.steps.map((step) => step.type)).toContain('sendMessage');
  });

  it('finds steps by label in the current language, ignoring case and accents', () => {
    const groups = paletteGroups('conversations', 'standard', 'requisicao', 'pt-BR');
    expect(groups.steps.map((step) => step.type)).toEqual(['httpRequest']);
  });

  it('leaves both groups empty when nothing matches every word', () => {
    expect(paletteGroups('journeys', 'standard', 'email zebra', 'en')).toEqual({ triggers: [], steps: [] });
  });
});
