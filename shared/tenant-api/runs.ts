import { z } from 'zod';
import { END_REASONS } from '../catalog/behaviour';
import { entityRefSchema } from '../format/entity-ref';
import { elementIdSchema } from '../format/flow-schema';
import { testSubjectSchema } from '../runtime/flow-test-schema';

const scalarSchema = z.union([z.string().max(10_000), z.number(), z.boolean()]);

/**
 * A platform event sent to the tenant (`POST /v1/events`): what happened, to which entity, and
 * the subject it happened to, in the runtime's subject shape (a contact, card or call with its
 * fields and tags). Its id is the subject's identity: one enrolment per subject and flow.
 */
export const platformEventSchema = z
  .object({
    event: z.string().min(1).max(200),
    ref: entityRefSchema.optional(),
    data: z.record(z.string().max(200), scalarSchema).optional(),
    subject: testSubjectSchema.extend({ id: z.string().min(1).max(200) }),
  })
  .strict();
export type PlatformEvent = z.infer<typeof platformEventSchema>;

const runRefSchema = z.object({ flowId: z.uuid(), runId: z.uuid() }).strict();

/** Why an event started no run in a flow one of whose triggers it matches. */
export const eventRefusalSchema = z.object({ flowId: z.uuid(), reason: z.enum(['alreadyEnrolled']) }).strict();

/** What an event did: the runs it started, the waiting runs it resumed, the enrolments refused. */
export const eventResultSchema = z
  .object({
    enrolled: z.array(runRefSchema),
    resumed: z.array(runRefSchema),
    refused: z.array(eventRefusalSchema),
  })
  .strict();
export type EventResult = z.infer<typeof eventResultSchema>;

const timestamp = z.iso.datetime({ offset: true });

/** One run of a flow as the runs listing shows it. */
export const flowRunSummarySchema = z
  .object({
    id: z.uuid(),
    /** The listing's order: pass the last one's as `before` for the next page. */
    seq: z.number().int().min(1),
    subjectId: z.string(),
    status: z.enum(['waiting', 'ended']),
    /** The step it waits at, what for, and until when (a wait with no deadline waits forever). */
    waitingAt: elementIdSchema.nullable(),
    waitingFor: z.string().nullable(),
    nextDeadline: timestamp.nullable(),
    ended: z.enum(END_REASONS).nullable(),
    startedAt: timestamp,
    updatedAt: timestamp,
  })
  .strict();
export type FlowRunSummary = z.infer<typeof flowRunSummarySchema>;

export const flowRunsQuerySchema = z
  .object({
    /** Runs listed before this one (paging backwards from the newest), by `seq`. */
    before: z.coerce.number().int().min(1).optional(),
    limit: z.coerce.number().int().min(1).max(500).default(100),
    status: z.enum(['waiting', 'ended']).optional(),
  })
  .strict();

export const flowRunListSchema = z.object({ runs: z.array(flowRunSummarySchema) }).strict();
