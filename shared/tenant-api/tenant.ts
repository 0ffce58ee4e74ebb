import { z } from 'zod';
import { profileSchema } from '../format/profiles';
import { tenantLimitsSchema } from '../import/catalog-snapshot';
import { tokenPersonSchema } from './people';
import { tokenScopeSchema } from './scopes';

/** GET /v1/tenant: who the token belongs to, the limits in force, and what the token may do. */
export const tenantInfoSchema = z
  .object({
    id: z.string().min(1).max(200),
    name: z.string().min(1).max(200),
    profile: profileSchema,
    /** The effective limits: the tenant's own, else its profile's documented ones. */
    limits: tenantLimitsSchema,
    /** Bytes of a request body the server accepts. */
    maxRequestBytes: z.number().int().min(1),
    createdAt: z.iso.datetime({ offset: true }),
    token: z
      .object({
        id: z.string(),
        /** Who holds the token, as `create-token --label` named it. */
        label: z.string().min(1),
        /** What the token may do: for a person's token, those of its scopes the person's role and grants allow. */
        scopes: z.array(tokenScopeSchema),
        expiresAt: z.iso.datetime({ offset: true }).nullable(),
        /** The person the token belongs to, with their role; null for a machine token. Absent from tenants older than people. */
        user: tokenPersonSchema.optional(),
      }),
  });
export type TenantInfo = z.infer<typeof tenantInfoSchema>;
