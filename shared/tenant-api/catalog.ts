import { z } from 'zod';
import { CUSTOM_FIELD_TYPES } from '../format/flow-schema';
import { catalogCustomFieldSchema, catalogEntitySchema } from '../import/catalog-snapshot';

/**
 * GET /v1/catalog answers with a catalog snapshot (shared/import/catalog-snapshot.ts) as it
 * is, so a client can save the body and plan imports offline against it.
 */
export { catalogSnapshotSchema as catalogResponseSchema } from '../import/catalog-snapshot';

/** POST /v1/catalog/tags. Creating a tag that exists with exactly the same name (case and accents count) answers with that tag. */
export const createTagBodySchema = z.object({ name: z.string().trim().min(1).max(200) }).strict();
export type CreateTagBody = z.infer<typeof createTagBodySchema>;
export const createdTagSchema = catalogEntitySchema;

/** POST /v1/catalog/custom-fields. `key` is the field's id in the tenant; derived from the name when left out. */
export const createCustomFieldBodySchema = z
  .object({
    key: z
      .string()
      .regex(/^[a-z][a-z0-9_]{0,99}$/, { error: 'use a lower-case letter, then letters, digits or _' })
      .optional(),
    name: z.string().trim().min(1).max(200),
    type: z.enum(CUSTOM_FIELD_TYPES),
  })
  .strict();
export type CreateCustomFieldBody = z.infer<typeof createCustomFieldBodySchema>;
export const createdCustomFieldSchema = catalogCustomFieldSchema;
