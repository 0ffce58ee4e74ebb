import { describe, expect, it } from 'vitest';
import { cartAbandoned } from './cart-abandoned';
import { dateField } from './date-field';
import { enteredSegment } from './entered-segment';
import { formSubmitted } from './form-submitted';
import { pageVisit } from './page-visit';

const newsletter = { $ref: 'form', id: 'form_12', name: 'Newsletter sign-up' } as const;
const vip = { $ref: 'segment', id: 'seg_7', name: 'VIP customers' } as const;
const birthday = { $ref: 'customField', id: 'birthday', name: 'Birthday' } as const;

describe('journeys triggers', () => {
  it('form submitted: listens for its own form only', () => {
    expect(formSubmitted.listens?.({ form: newsletter })).toEqual([{ event: 'form.submitted', ref: newsletter }]);
    expect(formSubmitted.listens?.(formSubmitted.defaultConfig)).toEqual([]);
  });

  it('form submitted: the integrated form is dropped on export', () => {
    expect(formSubmitted.references).toEqual([{ field: 'form', kinds: ['form'], export: 'strip', import: 'remove' }]);
  });

  it('entered segment: listens for its own segment only', () => {
    expect(enteredSegment.listens?.({ segment: vip })).toEqual([{ event: 'segment.entered', ref: vip }]);
    expect(enteredSegment.listens?.(enteredSegment.defaultConfig)).toEqual([]);
  });

  it('cart abandoned: waits whole minutes, at least one and at most a week', () => {
    expect(cartAbandoned.config.safeParse({ afterMinutes: 30 }).success).toBe(true);
    expect(cartAbandoned.config.safeParse({ afterMinutes: 0 }).success).toBe(false);
    expect(cartAbandoned.config.safeParse({ afterMinutes: 2.5 }).success).toBe(false);
    expect(cartAbandoned.config.safeParse({ afterMinutes: 7 * 24 * 60 + 1 }).success).toBe(false);
  });

  it('date field: runs a number of days before or after the contact’s date', () => {
    expect(dateField.summary?.({ customField: birthday, direction: 'before', offsetDays: 3 })).toBe('3 d before Birthday');
    expect(dateField.summary?.({ customField: birthday, direction: 'after', offsetDays: 0 })).toBe('On Birthday');
    expect(dateField.config.safeParse({ customField: birthday, direction: 'during', offsetDays: 1 }).success).toBe(false);
  });

  it('page visit: matches any page until the author narrows it', () => {
    expect(pageVisit.defaultConfig).toEqual({ urlPattern: '/*' });
    expect(pageVisit.summary?.({ urlPattern: '/pricing*' })).toBe('Visits /pricing*');
  });
});
