import { z } from 'zod';

/** What happens to one flow of a pack. */
export const FLOW_ACTIONS = ['create', 'update', 'copy', 'skip'] as const;
export const flowActionSchema = z.enum(FLOW_ACTIONS);
export type FlowAction = z.infer<typeof flowActionSchema>;

const jsonPathSchema = z.array(z.union([z.string(), z.number().int().min(0)])).min(1);

/**
 * A choice the admin made for one flow. `copy` imports it beside the existing one under a
 * new id: `newId` when given, otherwise one derived from the flow and tenant ids (so the
 * same decisions always give the same plan). `targetId` makes an `update` replace that tenant
 * flow rather than the one with the flow's own id: the copy an earlier import made of it, which
 * the workspace is synchronised with (other actions ignore it, so it survives a change of mind
 * in a preview). `stopFirst` lets an update replace a published conversations workflow by
 * stopping it first (which ejects its enrolled contacts); it stays stopped until someone
 * publishes it. Optional, so decisions saved before them still parse.
 */
export const flowDecisionSchema = z
  .object({
    action: flowActionSchema,
    newId: z.uuid().optional(),
    targetId: z.uuid().optional(),
    stopFirst: z.boolean().optional(),
  })
  .strict();
export type FlowDecision = z.infer<typeof flowDecisionSchema>;

/**
 * Maps one reference of a pack flow, by the flow's id in the pack and the reference's JSON
 * path inside that flow (`["nodes", 3, "config", "queue"]`), to an existing entity of the
 * tenant, by that entity's id. Positions in the path shift when the flow is edited, so this is
 * for one plan; a choice meant to last is a {@link ReferenceBinding}.
 */
export const referencePathDecisionSchema = z
  .object({
    flowId: z.string().min(1),
    path: jsonPathSchema,
    entityId: z.string().min(1).max(200),
  })
  .strict();

/**
 * Where a reference is, in words that survive edits of the flow: the step's id, the config
 * field as the catalog declares references (`channels[]`, `branches[].team`: `[]` for any
 * element of a list), and the reference's own id, UUID or name as the file holds it, which
 * tells apart the elements of one list. A placeholder has no `source`.
 */
export const referenceBindingKeySchema = z
  .object({
    nodeId: z.string().min(1).max(200),
    field: z.string().min(1).max(500),
    source: z.string().min(1).max(500).optional(),
  })
  .strict();
export type ReferenceBindingKey = z.infer<typeof referenceBindingKeySchema>;

/** Maps the reference at a {@link ReferenceBindingKey} of a pack flow to the tenant entity `entityId`. */
export const referenceBindingSchema = z
  .object({
    flowId: z.string().min(1),
    ...referenceBindingKeySchema.shape,
    entityId: z.string().min(1).max(200),
  })
  .strict();
export type ReferenceBinding = z.infer<typeof referenceBindingSchema>;

/** A reference mapped by hand: by path for this plan only, or by binding key to last. */
export const referenceDecisionSchema = z.union([referencePathDecisionSchema, referenceBindingSchema]);
export type ReferenceDecision = z.infer<typeof referenceDecisionSchema>;

/** The key a binding is looked up by: one string per step, field and source. */
export const bindingLookupKey = (key: ReferenceBindingKey) => JSON.stringify([key.nodeId, key.field, key.source ?? null]);

/** The admin's choices for one import: an action per flow (by pack flow id) and references mapped by hand. */
export const importDecisionsSchema = z
  .object({
    flows: z.record(z.string(), flowDecisionSchema).default({}),
    references: z.array(referenceDecisionSchema).default([]),
  })
  .strict();
export type ImportDecisions = z.input<typeof importDecisionsSchema>;
