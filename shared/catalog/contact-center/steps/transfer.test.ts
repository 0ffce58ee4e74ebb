import { describe, expect, it } from 'vitest';
import { transfer } from './transfer';

const toNumber = (phoneNumber: string) => ({ destination: { mode: 'phoneNumber', phoneNumber } });

describe('transfer', () => {
  it('accepts phone numbers in E.164 form only', () => {
    expect(transfer.config.safeParse(toNumber('+14155550142')).success).toBe(true);
    expect(transfer.config.safeParse(toNumber('+551140041234')).success).toBe(true);
    for (const wrong of ['14155550142', '+1 415 555 0142', '+0123456', '+1234567890123456']) {
      expect(transfer.config.safeParse(toNumber(wrong)).success, wrong).toBe(false);
    }
  });

  it('transfers to a queue without needing a phone number', () => {
    const queue = { $ref: 'queue' as const, uuid: '2d4e6f80-1a2b-4c3d-8e4f-5a6b7c8d9e0f', name: 'Customer support' };
    const config = { destination: { mode: 'queue' as const, queue } };
    expect(transfer.config.safeParse(config).success).toBe(true);
    expect(transfer.summary!(config)).toBe('Transfer to Customer support');
  });

  it('continues only when the transfer fails', () => {
    expect(transfer.ports(transfer.defaultConfig).map((port) => [port.id, port.role])).toEqual([['failure', 'fallback']]);
  });
});
