import { describe, expect, it } from 'vitest';
import { createFlow } from '../../../shared/catalog/create-flow';
import { findStepType } from '../../../shared/catalog/registry';
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

describe('a step rule that names a value, in the UI’s language', () => {
  function contactCenterNode(id: string, type: string, config: Record<string, unknown>) {
    const flow = createFlow({ profile: 'contact-center', name: 'Rules' });
    const defaults = findStepType('contact-center', type)!.defaultConfig as Record<string, unknown>;
    flow.nodes.push({ id, type, name: 'Step', position: { x: 0, y: 200 }, config: { ...defaults, ...config } });
    return flow;
  }
  const branchFlow = () => {
    const flow = createFlow({ profile: 'conversations', name: 'Rules' });
    const condition = { id: 'vip', name: 'VIP', field: 'tier', operator: 'equals', value: 'gold' };
    flow.nodes.push({ id: 'fork', type: 'branch', name: 'Fork', position: { x: 0, y: 200 }, config: { conditions: [condition, condition] } });
    return flow;
  };
  const cases = [
    { rule: 'a branch id used twice', flow: branchFlow, nodeId: 'fork', english: 'the branch id "vip" is already used', value: '"vip"' },
    {
      rule: 'a maximum of digits below the minimum',
      flow: () => contactCenterNode('digits', 'collectDigits', { minDigits: 6, maxDigits: 4 }),
      nodeId: 'digits',
      english: 'must be at least the minimum (6)',
      value: '(6)',
    },
    {
      rule: 'a menu key used twice',
      flow: () => contactCenterNode('menu', 'menu', { options: [{ id: 'a', digit: '3', label: 'A' }, { id: 'b', digit: '3', label: 'B' }] }),
      nodeId: 'menu',
      english: 'key 3 is already used by another option',
      value: '3',
    },
  ];

  it.each(cases.flatMap((item) => (['pt-BR', 'es'] as const).map((locale) => ({ ...item, locale }))))(
    '$rule: the value sits inside the $locale sentence, with no English left',
    async ({ flow, nodeId, english, value, locale }) => {
      const invalid = validate(flow()).find((found) => found.code === 'CONFIG_INVALID' && found.nodeId === nodeId && found.message.includes(english));
      expect(invalid?.message).toContain(english);
      const text = diagnosticText(invalid!, await translatorFor(locale), locale);
      expect(text).toContain(value);
      expect(text).not.toContain(english.split(' ').slice(0, 3).join(' '));
      expect(text).not.toMatch(/already|minimum|another option/);
    },
  );
});
