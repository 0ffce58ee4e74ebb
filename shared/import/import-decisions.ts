import { z } from 'zod';

/** What happens to one flow of a pack. */
export const FLOW_ACTIONS = ['create', 'update', 'copy', 'skip'] as const;
export const flowActionSchema = z.enum(FLOW_ACTIONS);
export type FlowAction = z.infer<typeof flowActionSchema>;

const jsonPathSchema = z.array(z.union([z.string(), z.number().int().min(0)])).min(1);

/**
 * A choice the admin made for one flow. `copy` imports it beside the existing one under a
 * new id: `newId` when given, otherwise one derived from the flow and tenant ids (so the
 * same decisions always give the same plan). `stopFirst` lets an update replace a published
 * conversations workflow by stopping it first (which ejects its enrolled contacts); it stays
 * stopped until someone publishes it. Optional, so decisions saved before it still parse.
 */
export const flowDecisionSchema = z
  .object({
    action: flowActionSchema,
    newId: z.uuid().optional(),
    stopFirst: z.boolean().optional(),
  })
  .strict();
export type FlowDecision = z.infer<typeof flowDecisionSchema>;

/**
 * Maps one reference of a pack flow, by the flow's id in the pack and the reference's JSON
 * path inside that flow (`["nodes", 3, "config", "queue"]`), to an existing entity of the
 * tenant, by that entity's id.
 */
export const referenceDecisionSchema = z
  .object({
    flowId: z.string().min(1),
    path: jsonPathSchema,
    entityId: z.string().min(1).max(200),
  })
  .strict();
export type ReferenceDecision = z.infer<typeof referenceDecisionSchema>;

/** The admin's choices for one import: an action per flow (by pack flow id) and references mapped by hand. */
export const importDecisionsSchema = z
  .object({
    flows: z.record(z.string(), flowDecisionSchema).default({}),
    references: z.array(referenceDecisionSchema).default([]),
  })
  .strict();
export type ImportDecisions = z.input<typeof importDecisionsSchema>;
