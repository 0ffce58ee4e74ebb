import { z } from 'zod';
import { elementIdSchema } from '../format/flow-schema';
import type { FLOW_STATUSES } from '../format/flow-statuses';

/** How many runs went through one step of a live flow, and how they left it. */
export const stepStatsSchema = z
  .object({
    /** Runs that reached the step. */
    entered: z.number().int().min(0),
    /** Runs that left it, by the port they left by. */
    left: z.record(z.string().min(1).max(100), z.number().int().min(0)),
    /** Runs waiting at it now (for a reply, a digit, a time). */
    waiting: z.number().int().min(0),
    /** Runs that ended at it (an end step, an unconnected port, a failed delivery). */
    ended: z.number().int().min(0),
  })
  .strict();
export type StepStats = z.infer<typeof stepStatsSchema>;

/**
 * The statistics of a flow on a tenant, the live view's data: per step, and the flow's
 * enrolments. Steps no run reached are absent.
 */
export const flowStatsSchema = z
  .object({
    flowId: z.uuid(),
    /** When the figures were read (ISO 8601). */
    at: z.iso.datetime({ offset: true }),
    /** Runs enrolled since the flow went live, and how many of them are still running. */
    enrolled: z.number().int().min(0),
    running: z.number().int().min(0),
    steps: z.record(elementIdSchema, stepStatsSchema),
  })
  .strict();
export type FlowStats = z.infer<typeof flowStatsSchema>;

/**
 * The statuses whose statistics a live view shows: a flow that runs, or ran. Journeys show them
 * "in workflows that are active or finalized" (journeys-workflows.en.txt); conversations, pipeline
 * and call flows run once published.
 */
export const LIVE_VIEW_STATUSES = ['published', 'active', 'finalized'] as const satisfies readonly (typeof FLOW_STATUSES)[number][];

export function hasLiveView(status: (typeof FLOW_STATUSES)[number]): boolean {
  return (LIVE_VIEW_STATUSES as readonly string[]).includes(status);
}
