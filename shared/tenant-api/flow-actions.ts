import { z } from 'zod';
import { flowSummarySchema } from './flows';
import { flowActionSchema } from './lifecycle';

export const flowActionParamsSchema = z.object({ id: z.uuid(), action: flowActionSchema }).strict();

/**
 * What a lifecycle action answers: the flow in its new status, and for `stop` how many
 * enrolled contacts were ejected (also in the audit entry).
 */
export const flowActionResultSchema = z
  .object({
    flow: flowSummarySchema,
    from: flowSummarySchema.shape.status,
    ejectedContacts: z.number().int().min(0).optional(),
  });
export type FlowActionResult = z.infer<typeof flowActionResultSchema>;
