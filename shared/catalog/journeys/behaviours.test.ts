import { describe, expect, it } from 'vitest';
import { enrolledOnChange, enrolmentRefusal, enrolsIn } from '../../runtime/enrolment-rules';
import { Runner } from '../../runtime/runner';
import { DAY, HOUR, MINUTE, MONDAY_MORNING, contact, flowOf } from '../../runtime/test-support/flow-of';
import type { TestEdge, TestNode } from '../../runtime/test-support/flow-of';
import { stepBehaviourOf, triggerBehaviourOf } from '../behaviours';
import { journeysCatalog } from './profile';

const vip = { $ref: 'segment', id: 'seg_7', name: 'VIP customers' } as const;
const newsletter = { $ref: 'form', id: 'form_3', name: 'Newsletter' } as const;
const stage = { $ref: 'customField', id: 'stage', name: 'Stage' } as const;
const birthday = { $ref: 'customField', id: 'birthday', name: 'Birthday' } as const;
const email = { subject: 'Hi {{contact.firstName}}', preheader: '', body: '<p>Hello {{contact.firstName}}</p>', senderName: 'Shop', senderEmail: 'news@shop.example' };

/** A journey entered by submitting the newsletter form, then `steps` chained by their first port. */
function journey(steps: readonly TestNode[], edges: readonly TestEdge[]) {
  return flowOf('journeys', [['form', 'formSubmitted', { form: newsletter }], ...steps], [['form', 'next', steps[0]![0]], ...edges]);
}

const start = (runner: Runner, subject = contact()) => runner.start({ subject, now: MONDAY_MORNING })!;
const portsTaken = (run: { path: readonly { nodeId: string; port?: string }[] }) => run.path.map((step) => `${step.nodeId}:${step.port ?? ''}`);

describe('journeys behaviours', () => {
  it('every trigger and step type of the profile has a behaviour of its role', () => {
    for (const type of journeysCatalog.types) {
      const behaviour = type.role === 'trigger' ? triggerBehaviourOf('journeys', type.type) : stepBehaviourOf('journeys', type.type);
      expect(behaviour, type.type).toBeDefined();
    }
  });

  describe('wait', () => {
    // The journeys page does not describe waits; a wait holds the contact for its duration on the run's clock.
    const flow = journey([['wait', 'wait', { duration: 2 * 3600 }], ['mail', 'sendEmail', email]], [['wait', 'next', 'mail']]);

    it('holds the contact for its duration on the virtual clock, and not a moment less', () => {
      const runner = new Runner(flow);
      const waiting = start(runner);
      expect(waiting.waiting).toMatchObject({ nodeId: 'wait', for: 'time', deadline: MONDAY_MORNING + 2 * HOUR });
      expect(runner.passTime(waiting, MONDAY_MORNING + 2 * HOUR - 1).status).toBe('waiting');
      const done = runner.passTime(waiting, MONDAY_MORNING + 3 * HOUR);
      expect(done).toMatchObject({ status: 'ended', ended: 'completed' });
      expect(done.effects).toEqual([expect.objectContaining({ kind: 'emailSent', nodeId: 'mail', at: MONDAY_MORNING + 2 * HOUR })]);
    });

    it('cannot be cut short by a reply: only time moves it on', () => {
      const runner = new Runner(flow);
      expect(() => runner.resume(start(runner), { kind: 'reply', text: 'now please' })).toThrow();
    });
  });

  describe('condition', () => {
    const branches = (test: Record<string, unknown>, steps: readonly TestNode[] = [], edges: readonly TestEdge[] = []) =>
      journey(
        [...steps, ['check', 'condition', { condition: test }], ['yes', 'end'], ['no', 'end']],
        [...edges, ['check', 'yes', 'yes'], ['check', 'no', 'no']],
      );
    const branchOf = (flow: ReturnType<typeof journey>, subject = contact()) => start(new Runner(flow), subject).path.find((step) => step.nodeId === 'check')?.port;

    it('a segment condition goes "yes" for a contact in the segment and "no" for one outside it', () => {
      const flow = branches({ kind: 'segment', segment: vip });
      expect(branchOf(flow, contact({ segments: ['VIP customers'] }))).toBe('yes');
      expect(branchOf(flow, contact({ segments: ['Newsletter'] }))).toBe('no');
      expect(branchOf(flow, contact())).toBe('no');
    });

    it('a segment condition follows what the world says of the contact at that step: contacts join and leave segments while they wait', () => {
      const flow = branches({ kind: 'segment', segment: vip });
      expect(start(new Runner(flow, { world: { check: { segment: 'yes' } } })).path.find((step) => step.nodeId === 'check')?.port).toBe('yes');
      const left = new Runner(flow, { world: { check: { segment: 'no' } } });
      expect(start(left, contact({ segments: ['VIP customers'] })).path.find((step) => step.nodeId === 'check')?.port).toBe('no');
    });

    it('a custom-field condition compares the contact’s value, numbers as numbers and text regardless of case', () => {
      const field = (operator: string, value: string) => branches({ kind: 'customField', customField: stage, operator, value });
      const at = (value: string | number) => contact({ fields: { stage: value } });
      expect(branchOf(field('greaterThan', '50'), at(80))).toBe('yes');
      expect(branchOf(field('greaterThan', '50'), at('9'))).toBe('no');
      expect(branchOf(field('lessThan', '50'), at(''))).toBe('no');
      expect(branchOf(field('equals', 'won'), at('Won'))).toBe('yes');
      expect(branchOf(field('notEquals', 'won'), at('Lost'))).toBe('yes');
      expect(branchOf(field('contains', 'lead'), at('Hot lead'))).toBe('yes');
      expect(branchOf(field('notContains', 'lead'), at('Hot lead'))).toBe('no');
      expect(branchOf(field('isSet', ''), at('x'))).toBe('yes');
      expect(branchOf(field('isSet', ''), contact())).toBe('no');
      expect(branchOf(field('isNotSet', ''), contact())).toBe('yes');
    });

    it('reads a field the journey updated earlier', () => {
      const flow = branches(
        { kind: 'customField', customField: stage, operator: 'equals', value: 'reminded' },
        [['mark', 'updateCustomField', { customField: stage, value: 'reminded' }]],
        [['mark', 'next', 'check']],
      );
      expect(branchOf(flow)).toBe('yes');
    });

    it('a product filter goes "yes" only when the world says the contact matches (the platforms do not say how it is evaluated)', () => {
      const flow = branches({ kind: 'productFilter', products: [{ $ref: 'product', id: 'sku_1', name: 'Boots' }] });
      expect(branchOf(flow)).toBe('no');
      const runner = new Runner(flow, { world: { check: { products: 'yes' } } });
      expect(start(runner).path.find((step) => step.nodeId === 'check')?.port).toBe('yes');
    });
  });

  it('send email: sends the email to the contact with its placeholders filled, and goes on', () => {
    const flow = journey([['mail', 'sendEmail', email], ['done', 'end']], [['mail', 'next', 'done']]);
    const run = start(new Runner(flow));
    expect(run.effects).toEqual([
      expect.objectContaining({ kind: 'emailSent', nodeId: 'mail', detail: { to: 'Ana Souza', from: 'news@shop.example', subject: 'Hi Ana', body: '<p>Hello Ana</p>' } }),
    ]);
    expect(portsTaken(run)).toEqual(['form:next', 'mail:next', 'done:']);
  });

  it('update custom field: writes the value with its placeholders filled, and a blank value clears the field', () => {
    const flow = journey(
      [
        ['set', 'updateCustomField', { customField: stage, value: 'hello {{contact.firstName}}' }],
        ['clear', 'updateCustomField', { customField: stage, value: '' }],
      ],
      [['set', 'next', 'clear']],
    );
    const run = start(new Runner(flow), contact({ fields: { stage: 'old' } }));
    expect(run.effects.map((effect) => effect.detail)).toEqual([
      { field: 'stage', value: 'hello Ana' },
      { field: 'stage', value: '' },
    ]);
    expect(run.subject.fields.stage).toBe('');
  });

  it('custom integration: calls the endpoint with the contact’s data and goes on without waiting for an answer', () => {
    const flow = journey(
      [['call', 'customIntegration', { url: 'https://hooks.example.com/cart', payload: '{"name":"{{contact.name}}"}' }], ['done', 'end']],
      [['call', 'next', 'done']],
    );
    const run = start(new Runner(flow));
    expect(run.effects).toEqual([
      expect.objectContaining({ kind: 'integrationCalled', detail: { url: 'https://hooks.example.com/cart', payload: '{"name":"Ana Souza"}' } }),
    ]);
    expect(run).toMatchObject({ status: 'ended', ended: 'completed' });
  });

  it('end: ends the journey for the contact', () => {
    const run = start(new Runner(journey([['done', 'end']], [])));
    expect(run).toMatchObject({ status: 'ended', ended: 'completed' });
    expect(portsTaken(run)).toEqual(['form:next', 'done:']);
  });

  describe('triggers', () => {
    const startsOn = (type: string, config: Record<string, unknown>) => {
      const runner = new Runner(flowOf('journeys', [['t', type, config], ['done', 'end']], [['t', 'next', 'done']]));
      return (event: Parameters<Runner['triggersFor']>[0]) => runner.triggersFor(event).length > 0;
    };

    it('form submitted: enrols on its own form only', () => {
      const starts = startsOn('formSubmitted', { form: newsletter });
      expect(starts({ event: 'form.submitted', ref: newsletter })).toBe(true);
      expect(starts({ event: 'form.submitted', ref: { $ref: 'form', id: 'form_9', name: 'Survey' } })).toBe(false);
    });

    it('entered segment: enrols a contact entering its segment, not another one', () => {
      const starts = startsOn('enteredSegment', { segment: vip });
      expect(starts({ event: 'segment.entered', ref: vip })).toBe(true);
      expect(starts({ event: 'segment.entered', ref: { $ref: 'segment', id: 'seg_8', name: 'Lapsed' } })).toBe(false);
    });

    it('cart abandoned: enrols once the cart has been idle for the trigger’s minutes, not before', () => {
      const starts = startsOn('cartAbandoned', { afterMinutes: 60 });
      expect(starts({ event: 'cart.abandoned', data: { idleMinutes: 60 } })).toBe(true);
      expect(starts({ event: 'cart.abandoned', data: { idleMinutes: 30 } })).toBe(false);
      expect(starts({ event: 'page.visited', data: { url: '/cart' } })).toBe(false);
    });

    it('date field: enrols on the day so many days before or after the date in its field, and on no other day', () => {
      const before = startsOn('dateField', { customField: birthday, direction: 'before', offsetDays: 3 });
      expect(before({ event: 'customField.dateReached', ref: birthday, data: { daysFromDate: -3 } })).toBe(true);
      expect(before({ event: 'customField.dateReached', ref: birthday, data: { daysFromDate: 3 } })).toBe(false);
      expect(before({ event: 'customField.dateReached', ref: stage, data: { daysFromDate: -3 } })).toBe(false);
      const after = startsOn('dateField', { customField: birthday, direction: 'after', offsetDays: 1 });
      expect(after({ event: 'customField.dateReached', ref: birthday, data: { daysFromDate: 1 } })).toBe(true);
    });

    it('page visit: enrols on a page whose address matches the pattern, "*" standing for anything', () => {
      const anyPage = startsOn('pageVisit', { urlPattern: '/*' });
      expect(anyPage({ event: 'page.visited', data: { url: 'https://shop.example/shoes?size=42' } })).toBe(true);
      const products = startsOn('pageVisit', { urlPattern: '/products/*' });
      expect(products({ event: 'page.visited', data: { url: 'https://shop.example/products/boots' } })).toBe(true);
      expect(products({ event: 'page.visited', data: { url: 'https://shop.example/blog/boots' } })).toBe(false);
      const whole = startsOn('pageVisit', { urlPattern: 'https://shop.example/sale*' });
      expect(whole({ event: 'page.visited', data: { url: 'https://shop.example/sale/summer' } })).toBe(true);
      expect(whole({ event: 'page.visited', data: { url: 'https://other.example/sale' } })).toBe(false);
    });

    it('each trigger’s sample event is one that starts it, for a simulation to offer', () => {
      const configs: Record<string, Record<string, unknown>> = {
        pageVisit: { urlPattern: '/products/*' },
        cartAbandoned: { afterMinutes: 90 },
        formSubmitted: { form: newsletter },
        enteredSegment: { segment: vip },
        dateField: { customField: birthday, direction: 'before', offsetDays: 7 },
      };
      for (const [type, config] of Object.entries(configs)) {
        const runner = new Runner(flowOf('journeys', [['t', type, config], ['done', 'end']], [['t', 'next', 'done']]));
        expect(runner.triggersFor(runner.sampleEvent('t')).map((node) => node.id), type).toEqual(['t']);
      }
    });
  });

  it('a journey of waits and conditions follows the contact over days on the virtual clock', () => {
    const flow = journey(
      [
        ['wait', 'wait', { duration: 24 * 3600 }],
        ['check', 'condition', { condition: { kind: 'segment', segment: vip } }],
        ['offer', 'sendEmail', email],
      ],
      [
        ['wait', 'next', 'check'],
        ['check', 'no', 'offer'],
      ],
    );
    const runner = new Runner(flow);
    const later = runner.passTime(start(runner), MONDAY_MORNING + DAY + MINUTE);
    expect(portsTaken(later)).toEqual(['form:next', 'wait:next', 'check:no', 'offer:next']);
    expect(later.effects[0]).toMatchObject({ kind: 'emailSent', at: MONDAY_MORNING + DAY });
  });

  describe('enrolment', () => {
    it('only an active journey enrols: a draft does not (journeys-workflows.en.txt: "Start: to start a workflow. In flows that are in draft form")', () => {
      expect(enrolsIn('journeys', 'active')).toBe(true);
      expect(enrolmentRefusal('journeys', 'draft', false)).toBe('notLive');
    });

    it('a paused journey enrols nobody and keeps its contacts where they are until resumed (journeys-workflows.en.txt: "A paused workflow can be resumed at any time.")', () => {
      expect(enrolmentRefusal('journeys', 'paused', false)).toBe('notLive');
      expect(enrolledOnChange('journeys', 'paused')).toBe('keep');
      expect(enrolsIn('journeys', 'active')).toBe(true);
    });

    it('a finalized journey never enrols again and ends its runs (journeys-workflows.en.txt: "A finalized workflow can be duplicated but it cannot be restarted.")', () => {
      expect(enrolmentRefusal('journeys', 'finalized', false)).toBe('notLive');
      expect(enrolledOnChange('journeys', 'finalized')).toBe('eject');
    });

    it('a contact already in the journey is not enrolled a second time (the journeys page says nothing; we follow the conversations rule)', () => {
      expect(enrolmentRefusal('journeys', 'active', true)).toBe('alreadyEnrolled');
    });
  });
});
