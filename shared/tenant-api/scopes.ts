import { z } from 'zod';

/**
 * What a tenant token may do. Reading the tenant's own info needs no scope; every other
 * route names the one scope it needs (see the route table).
 */
export const TOKEN_SCOPES = ['flows:read', 'flows:write', 'flows:publish', 'catalog:write', 'feed:publish', 'events:write'] as const;
export const tokenScopeSchema = z.enum(TOKEN_SCOPES);
export type TokenScope = z.infer<typeof tokenScopeSchema>;

/** Parses a comma-separated scope list (`flows:read,flows:write`), refusing unknown scopes by name. */
export function parseScopeList(text: string): { ok: true; scopes: TokenScope[] } | { ok: false; unknown: string[] } {
  const names = [...new Set(text.split(',').map((name) => name.trim()).filter((name) => name !== ''))];
  const unknown = names.filter((name) => !tokenScopeSchema.safeParse(name).success);
  if (unknown.length > 0) return { ok: false, unknown };
  return { ok: true, scopes: names as TokenScope[] };
}
