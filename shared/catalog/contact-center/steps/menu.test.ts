import { describe, expect, it } from 'vitest';
import { menu } from './menu';

const prompt = { source: 'tts' as const, text: 'For sales press 1, for support press 2.' };
const options = [
  { id: 'sales', digit: '1' as const, label: 'Sales' },
  { id: 'support', digit: '2' as const, label: 'Support' },
];
const config = { prompt, options, inputTimeoutSeconds: 5, maxAttempts: 3 };

describe('menu', () => {
  it('has one branch port per option, keyed by option id and labelled with the key, plus the two fallbacks', () => {
    const ports = menu.ports(config);
    expect(ports.map((port) => [port.id, port.role, port.label.en])).toEqual([
      ['sales', 'branch', '1 Sales'],
      ['support', 'branch', '2 Support'],
      ['noInput', 'fallback', 'No input'],
      ['invalid', 'fallback', 'Invalid'],
    ]);
    // An option label is the author's own words: the same in every language.
    expect(ports[0]!.label).toEqual({ en: '1 Sales', 'pt-BR': '1 Sales', es: '1 Sales' });
  });

  it('keeps an option’s port when its key or label changes, so its connection stays', () => {
    const renumbered = { ...config, options: [{ id: 'sales', digit: '9' as const, label: 'New sales' }] };
    expect(menu.ports(renumbered)[0]!.id).toBe('sales');
  });

  it('refuses two options on the same key', () => {
    const result = menu.config.safeParse({ ...config, options: [options[0], { ...options[1], digit: '1' }] });
    expect(result.success).toBe(false);
    expect(result.error?.issues.map((issue) => issue.path)).toEqual([['options', 1, 'digit']]);
  });

  it('refuses an option whose id would collide with another port', () => {
    for (const id of ['sales', 'noInput', 'invalid']) {
      const result = menu.config.safeParse({ ...config, options: [options[0], { ...options[1], id }] });
      expect(result.success).toBe(false);
    }
  });

  it('refuses keys that are not on a telephone keypad', () => {
    expect(menu.config.safeParse({ ...config, options: [{ id: 'a', digit: '10', label: 'Ten' }] }).success).toBe(false);
  });

  it('summarises the options as the caller hears them', () => {
    expect(menu.summary!(config)).toBe('1 Sales · 2 Support');
  });
});
