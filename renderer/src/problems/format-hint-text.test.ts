import { describe, expect, it } from 'vitest';
import { createFlow } from '../../../shared/catalog/create-flow';
import { validate } from '../../../shared/validation/validator';
import { translatorFor } from '../i18n/resources';
import { diagnosticText } from './diagnostic-text';

/** A conversations flow whose opening hours hold a time that is not HH:MM. */
function flowWithBadTime() {
  const flow = createFlow({ profile: 'conversations', name: 'Hours' });
  flow.nodes.push({
    id: 'hours',
    type: 'dateTime',
    name: 'Opening hours',
    position: { x: 0, y: 200 },
    config: { timezone: 'UTC', schedule: [{ day: 'monday', from: '9h', to: '18:00' }] },
  });
  return flow;
}

describe('a broken value’s format rule in the UI’s language', () => {
  const invalid = validate(flowWithBadTime()).find((found) => found.code === 'CONFIG_INVALID' && found.nodeId === 'hours');

  it('keeps the English rule in the validator’s own message', () => {
    expect(invalid?.message).toContain('use 24-hour HH:MM');
  });

  it.each(['pt-BR', 'es'] as const)('puts the rule in %s inside the translated message, with no English left', async (locale) => {
    const text = diagnosticText(invalid!, await translatorFor(locale), locale);
    expect(text).not.toContain('use 24-hour');
    expect(text).toContain('HH:MM');
    expect(text).toMatch(/formato de 24 horas/);
  });
});

describe('a jump to a step that is not there, in the UI’s language', () => {
  it.each(['pt-BR', 'es'] as const)('names the missing step’s id inside the %s sentence, with no English left', async (locale) => {
    const flow = createFlow({ profile: 'conversations', name: 'Jumps' });
    flow.nodes.push({ id: 'jump', type: 'jumpTo', name: 'Go back', position: { x: 0, y: 200 }, config: { target: 'gone-step' } });
    const invalid = validate(flow).find((found) => found.code === 'CONFIG_INVALID' && found.nodeId === 'jump');
    expect(invalid?.message).toContain('there is no step with id "gone-step"');
    const text = diagnosticText(invalid!, await translatorFor(locale), locale);
    expect(text).toContain('"gone-step"');
    expect(text).not.toContain('there is no step');
  });
});
