import { describe, expect, it } from 'vitest';
import { collectDigits } from './collect-digits';

const config = { ...collectDigits.defaultConfig, variable: 'accountNumber', minDigits: 6, maxDigits: 8 };

describe('collect digits', () => {
  it('continues through next, or through the no-input and invalid fallbacks', () => {
    expect(collectDigits.ports(config).map((port) => [port.id, port.role])).toEqual([
      ['next', 'main'],
      ['noInput', 'fallback'],
      ['invalid', 'fallback'],
    ]);
  });

  it('refuses a minimum above the maximum, pointing at the maximum', () => {
    const result = collectDigits.config.safeParse({ ...config, minDigits: 9 });
    expect(result.error?.issues.map((issue) => issue.path)).toEqual([['maxDigits']]);
  });

  it('refuses a variable name that a flow could not refer to', () => {
    expect(collectDigits.config.safeParse({ ...config, variable: '2fa code' }).success).toBe(false);
    expect(collectDigits.config.safeParse({ ...config, variable: 'pin_2fa' }).success).toBe(true);
  });

  it('summarises the digit count and the variable', () => {
    expect(collectDigits.summary!(config)).toBe('6–8 digits → accountNumber');
  });
});
