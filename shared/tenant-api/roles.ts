import { z } from 'zod';
import type { TokenScope } from './scopes';

/** What a person may be on a tenant, from most to least trusted (docs/TENANT-API.md, Roles). */
export const ROLES = ['owner', 'admin', 'editor', 'viewer'] as const;
export const roleSchema = z.enum(ROLES);
export type Role = z.infer<typeof roleSchema>;

/**
 * The scopes each role allows, the one definition the docs table is checked against. A
 * person's token acts with its own scopes intersected with these. `feed:publish` is in no
 * role: it comes from the grant an owner or admin gives each person ({@link effectiveScopes}).
 */
export const ROLE_SCOPES: Readonly<Record<Role, readonly TokenScope[]>> = {
  owner: ['flows:read', 'flows:write', 'flows:publish', 'catalog:write', 'events:write'],
  admin: ['flows:read', 'flows:write', 'flows:publish', 'catalog:write', 'events:write'],
  editor: ['flows:read', 'flows:write', 'flows:publish', 'catalog:write'],
  viewer: ['flows:read'],
};

/** The roles that may grant or take back a person's client-feed publishing. */
export const FEED_GRANTING_ROLES: readonly Role[] = ['owner', 'admin'];

/** What a person is allowed, as far as scopes go. */
export interface PersonPermissions {
  role: Role;
  mayPublishToFeed: boolean;
}

/**
 * What a request may do: a machine token (no person) its own scopes; a person's token those of
 * its scopes the person's role allows, and `feed:publish` only while the person holds the grant.
 */
export function effectiveScopes(tokenScopes: readonly TokenScope[], person: PersonPermissions | null): TokenScope[] {
  if (!person) return [...tokenScopes];
  return tokenScopes.filter((scope) => (scope === 'feed:publish' ? person.mayPublishToFeed : ROLE_SCOPES[person.role].includes(scope)));
}
