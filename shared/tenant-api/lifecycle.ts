import { z } from 'zod';
import type { Profile } from '../format/profiles';
import type { FlowStatus } from './flows';

/**
 * The lifecycle actions of the tenant API (docs/TENANT-API.md, Lifecycle), each moving a flow from one
 * status to another. Which ones exist depends on the tenant's profile:
 * - conversations: draft -publish-> published -stop-> stopped -publish-> published
 * - journeys: draft -start-> active -pause-> paused -resume-> active; active or paused -finalize-> finalized
 * - contact-center and pipeline: draft -publish-> published
 * Duplicating is not a change of status but a new flow; it is offered where it is the only way
 * forward (a finalized journey never restarts).
 */
export const FLOW_ACTIONS = ['publish', 'stop', 'start', 'pause', 'resume', 'finalize'] as const;
export const flowActionSchema = z.enum(FLOW_ACTIONS);
export type FlowAction = z.infer<typeof flowActionSchema>;

/** What the flow list offers: the status changes allowed now, and `duplicate` for a finalized flow. */
export const OFFERED_ACTIONS = [...FLOW_ACTIONS, 'duplicate'] as const;
export const offeredActionSchema = z.enum(OFFERED_ACTIONS);
export type OfferedAction = z.infer<typeof offeredActionSchema>;

type Transitions = Partial<Record<FlowStatus, Partial<Record<FlowAction, FlowStatus>>>>;

const PUBLISH_ONCE: Transitions = { draft: { publish: 'published' } };

const TRANSITIONS: Readonly<Record<Profile, Transitions>> = {
  conversations: { draft: { publish: 'published' }, published: { stop: 'stopped' }, stopped: { publish: 'published' } },
  journeys: {
    draft: { start: 'active' },
    active: { pause: 'paused', finalize: 'finalized' },
    paused: { resume: 'active', finalize: 'finalized' },
  },
  'contact-center': PUBLISH_ONCE,
  pipeline: PUBLISH_ONCE,
};

/** The status `action` leads to from `status`, or undefined when the profile does not allow it there. */
export function nextStatus(profile: Profile, status: FlowStatus, action: FlowAction): FlowStatus | undefined {
  return TRANSITIONS[profile][status]?.[action];
}

/**
 * Actions offered only for a flow without errors: journeys-workflows.en.txt shows "Start" only
 * "in flows that are in draft form and do not contain incidents". (Publishing a flow with errors
 * is refused too, but the conversations list still offers it, as that platform's does.)
 */
export const OFFERED_ONLY_WITHOUT_ERRORS: readonly FlowAction[] = ['start'];

/** Whether a flow in `status` would offer an action that depends on its errors, so a list knows which flows to check. */
export const offerDependsOnErrors = (profile: Profile, status: FlowStatus): boolean =>
  OFFERED_ONLY_WITHOUT_ERRORS.some((action) => nextStatus(profile, status, action) !== undefined);

/**
 * The actions a flow in `status` offers, in a stable order (the remote flow list shows them).
 * `hasErrors`: the flow has errors that keep it from going live, so `start` is not offered.
 */
export function offeredActions(profile: Profile, status: FlowStatus, { hasErrors = false }: { hasErrors?: boolean } = {}): OfferedAction[] {
  const changes = (Object.keys(TRANSITIONS[profile][status] ?? {}) as FlowAction[]).filter((action) => !(hasErrors && OFFERED_ONLY_WITHOUT_ERRORS.includes(action)));
  const ordered = FLOW_ACTIONS.filter((action) => changes.includes(action));
  return status === 'finalized' ? [...ordered, 'duplicate'] : ordered;
}

/** Actions that run the flow against contacts: the flow must have no errors and form no loop with the tenant's flows. */
export const actionGoesLive = (action: FlowAction): boolean => action === 'publish' || action === 'start' || action === 'resume';

/**
 * A published conversations workflow must be stopped before it is changed, by a save or an
 * import (conversations-workflows.es.txt); stopping ejects its enrolled contacts.
 */
export const editNeedsStop = (profile: Profile, status: FlowStatus): boolean => profile === 'conversations' && status === 'published';

/** A journey that has run (active, paused, finalized) keeps its steps: config edits only. */
export const structureLocked = (status: FlowStatus): boolean => status === 'active' || status === 'paused' || status === 'finalized';

/** How long a journey may stay paused before it is finalized. */
export const PAUSE_LIMIT_MONTHS = 3;

/** The moment a journey paused at `pausedAt` becomes finalized: three calendar months later, clamped to the month's end (as PostgreSQL's `interval '3 months'`). */
export function finalizesAt(pausedAt: Date): Date {
  const target = new Date(pausedAt);
  const day = target.getUTCDate();
  target.setUTCDate(1);
  target.setUTCMonth(target.getUTCMonth() + PAUSE_LIMIT_MONTHS);
  const lastDay = new Date(Date.UTC(target.getUTCFullYear(), target.getUTCMonth() + 1, 0)).getUTCDate();
  target.setUTCDate(Math.min(day, lastDay));
  return target;
}

/**
 * The status as observed at `now`: a journey paused for three months or more is finalized,
 * whether or not anything has written that down yet (no background job is needed).
 */
export function observedStatus(status: FlowStatus, pausedAt: Date | null, now: Date): FlowStatus {
  return status === 'paused' && pausedAt !== null && finalizesAt(pausedAt) <= now ? 'finalized' : status;
}
