import { describe, expect, it } from 'vitest';
import { condition } from './condition';
import { customIntegration } from './custom-integration';
import { sendEmail } from './send-email';
import { updateCustomField } from './update-custom-field';
import { formatDuration } from '../../common-fields';
import { wait } from './wait';

const vip = { $ref: 'segment', id: 'seg_7', name: 'VIP customers' } as const;
const score = { $ref: 'customField', id: 'lead_score', name: 'Lead score' } as const;
const boots = { $ref: 'product', id: 'sku_881', name: 'Trail boots' } as const;

describe('journeys steps', () => {
  it('condition: always splits into "yes" and "no" branches, whatever it tests', () => {
    const tests = [
      { kind: 'segment', segment: vip },
      { kind: 'customField', customField: score, operator: 'greaterThan', value: '50' },
      { kind: 'productFilter', products: [boots] },
    ] as const;
    for (const test of tests) {
      const config = condition.config.parse({ condition: test });
      expect(condition.ports(config).map((port) => [port.id, port.role])).toEqual([
        ['yes', 'branch'],
        ['no', 'branch'],
      ]);
    }
  });

  it('condition: keeps segments and fields for matching, drops product filters on export', () => {
    expect(condition.references).toEqual([
      { field: 'condition.segment', kinds: ['segment'], export: 'keep', import: 'matchOrRemove' },
      { field: 'condition.customField', kinds: ['customField'], export: 'keep', import: 'matchOrRemove' },
      { field: 'condition.products[]', kinds: ['product'], export: 'strip', import: 'remove' },
    ]);
  });

  it('condition: summarises the test for the canvas', () => {
    const summary = (test: unknown) => condition.summary?.(condition.config.parse({ condition: test }));
    expect(summary({ kind: 'segment', segment: vip })).toBe('In segment VIP customers?');
    expect(summary({ kind: 'customField', customField: score, operator: 'greaterThan', value: '50' })).toBe(
      'Lead score is greater than “50”?',
    );
    expect(summary({ kind: 'customField', customField: score, operator: 'isSet', value: '' })).toBe('Lead score is filled in?');
    expect(summary({ kind: 'productFilter', products: [boots] })).toBe('Products: Trail boots?');
    const inSpanish = (test: unknown) => condition.summary?.(condition.config.parse({ condition: test }), 'es');
    expect(inSpanish({ kind: 'segment', segment: vip })).toBe('En el segmento VIP customers?');
    expect(inSpanish({ kind: 'customField', customField: score, operator: 'isSet', value: '' })).toBe('Lead score está completado?');
  });

  it('condition: rejects an unknown kind of test', () => {
    expect(condition.config.safeParse({ condition: { kind: 'weather' } }).success).toBe(false);
  });

  it('update custom field: signals the field it updates, and nothing until a field is chosen', () => {
    expect(updateCustomField.emits?.({ customField: score, value: '80' })).toEqual([{ event: 'customField.updated', ref: score }]);
    expect(updateCustomField.emits?.(updateCustomField.defaultConfig)).toEqual([]);
  });

  it('send email: the sender address must be an email address once filled in', () => {
    const email = (senderEmail: string) => ({ ...sendEmail.defaultConfig, senderEmail });
    expect(sendEmail.config.safeParse(email('news@shop.example')).success).toBe(true);
    expect(sendEmail.config.safeParse(email('news at shop')).success).toBe(false);
  });

  it('custom integration: calls only web addresses', () => {
    const url = (address: string) => ({ url: address, payload: '{}' });
    expect(customIntegration.config.safeParse(url('https://hooks.example.com/cart')).success).toBe(true);
    expect(customIntegration.config.safeParse(url('ftp://files.example.com/')).success).toBe(false);
    expect(customIntegration.config.safeParse(url('not a url')).success).toBe(false);
  });

  it('wait: shows its duration in days, hours and minutes', () => {
    expect(wait.summary?.({ duration: 2 * 3600 })).toBe('Wait 2 h');
    expect(formatDuration(86_400 + 1_800)).toBe('1 d 30 min');
    expect(formatDuration(45)).toBe('45 s');
  });
});
