import { describe, expect, it } from 'vitest';
import { translatorFor } from '../i18n/resources';
import { configFieldMeta, fieldLabel, valueText } from './merge-values';

const translator = translatorFor;

describe('Compare’s words for fields and values', () => {
  it('names a config field by the catalog’s label in the UI’s language, not its JSON path', async () => {
    expect(fieldLabel(['config', 'duration'], 'conversations', 'wait', 'es', await translator('es'))).toBe('Esperar durante');
    expect(fieldLabel(['config', 'text'], 'conversations', 'sendMessage', 'en', await translator('en'))).toBe('Message');
    expect(fieldLabel(['description'], 'conversations', undefined, 'pt-BR', await translator('pt-BR'))).toBe('Descrição');
  });

  it('shows a duration with its units, a reference by its name and an empty text as empty', async () => {
    const t = await translator('en');
    const duration = configFieldMeta('conversations', 'wait', 'duration');
    expect(valueText(5400, duration, 'en', t)).toBe('1 hour 30 minutes');
    expect(valueText(2 * 86_400, duration, 'en', t)).toBe('2 days');
    expect(valueText(1800, duration, 'pt-BR', await translator('pt-BR'))).toBe('30 minutos');
    expect(valueText({ $ref: 'team', id: '40213', name: 'Customer Support' }, undefined, 'en', t)).toBe('Customer Support');
    expect(valueText([{ $ref: 'tag', name: 'VIP' }, { $ref: 'tag', id: 'tag_1', name: 'Late' }], undefined, 'en', t)).toBe('VIP, Late');
    expect(valueText('', undefined, 'en', t)).toBe('(empty)');
    expect(valueText(undefined, undefined, 'en', t)).toBe('(none)');
  });
});
