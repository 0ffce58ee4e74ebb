import { z } from 'zod';
import { labelsSchema } from '../catalog/labels-schema';

/**
 * shared/sync/three-way.ts's FlowThreeWay and shared/sync/merge-flows.ts's MergeChoices as they
 * cross the host boundary (the Sync view's Compare and merge).
 */

const changedOn = z.enum(['here', 'there', 'both']);
const presence = { inBase: z.boolean(), inMine: z.boolean(), inTheirs: z.boolean() };
const fieldThreeWaySchema = z.object({
  key: z.array(z.string()),
  base: z.unknown().optional(),
  mine: z.unknown().optional(),
  theirs: z.unknown().optional(),
  changedOn,
});

export const flowThreeWaySchema = z.object({
  hasBase: z.boolean(),
  profile: z.string(),
  stepNames: z.record(z.string(), z.string()),
  flow: z.array(fieldThreeWaySchema),
  steps: z.array(z.object({ id: z.string(), type: z.string(), name: z.string(), ...presence, changedOn, fields: z.array(fieldThreeWaySchema) })),
  connections: z.array(
    z.object({ source: z.string(), sourcePort: z.string(), portLabel: labelsSchema.optional(), target: z.string(), ...presence, changedOn }),
  ),
});

const side = z.enum(['mine', 'theirs']);
const choiceMap = z.record(z.string().max(1000), side);
export const mergeChoicesSchema = z
  .object({
    flow: choiceMap.optional(),
    steps: choiceMap.optional(),
    fields: z.record(z.string().max(1000), choiceMap).optional(),
    connections: choiceMap.optional(),
  })
  .strict();

/** Why a comparison is two-way: the flow was never synchronised with the tenant, or the tenant cannot give that version. */
export const BASE_MISSING = ['not-synced', 'unavailable'] as const;
