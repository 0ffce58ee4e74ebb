import { describe, expect, it } from 'vitest';
import { PROFILES } from '../format/profiles';
import { FLOW_STATUSES } from './flows';
import { FLOW_ACTIONS, finalizesAt, nextStatus, observedStatus, offerDependsOnErrors, offeredActions } from './lifecycle';

describe('flow lifecycle rules', () => {
  it('offers exactly the actions that lead somewhere, per profile and status', () => {
    for (const profile of PROFILES) {
      for (const status of FLOW_STATUSES) {
        const allowed = FLOW_ACTIONS.filter((action) => nextStatus(profile, status, action) !== undefined);
        expect(offeredActions(profile, status).filter((a) => a !== 'duplicate')).toEqual(allowed);
      }
    }
    expect(offeredActions('journeys', 'finalized')).toEqual(['duplicate']);
    expect(offeredActions('conversations', 'stopped')).toEqual(['publish']);
  });

  // journeys-workflows.en.txt: "Start: to start a workflow. In flows that are in draft form and do not contain incidents."
  it('offers start only for a draft journey without errors; other actions do not depend on errors', () => {
    expect(offeredActions('journeys', 'draft', { hasErrors: true })).toEqual([]);
    expect(offeredActions('journeys', 'draft', { hasErrors: false })).toEqual(['start']);
    expect(offeredActions('journeys', 'active', { hasErrors: true })).toEqual(['pause', 'finalize']);
    expect(offeredActions('conversations', 'draft', { hasErrors: true })).toEqual(['publish']);
    expect(offerDependsOnErrors('journeys', 'draft')).toBe(true);
    expect(offerDependsOnErrors('journeys', 'paused')).toBe(false);
    expect(offerDependsOnErrors('conversations', 'draft')).toBe(false);
  });

  it('finalizes a paused journey three calendar months later, clamped to the end of a shorter month', () => {
    expect(finalizesAt(new Date('2026-01-10T09:00:00Z')).toISOString()).toBe('2026-04-10T09:00:00.000Z');
    expect(finalizesAt(new Date('2026-11-30T12:00:00Z')).toISOString()).toBe('2027-02-28T12:00:00.000Z');
    const pausedAt = new Date('2026-05-31T00:00:00Z');
    expect(observedStatus('paused', pausedAt, new Date('2026-08-30T23:59:59Z'))).toBe('paused');
    expect(observedStatus('paused', pausedAt, new Date('2026-08-31T00:00:00Z'))).toBe('finalized');
    expect(observedStatus('active', pausedAt, new Date('2030-01-01T00:00:00Z'))).toBe('active');
  });
});
