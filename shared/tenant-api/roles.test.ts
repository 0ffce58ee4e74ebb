import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { effectiveScopes, ROLE_SCOPES, ROLES } from './roles';
import { TOKEN_SCOPES } from './scopes';

/** The roles table of docs/TENANT-API.md (People and roles), as cells by role and scope. */
function documentedTable(): Map<string, Map<string, string>> {
  const text = readFileSync(new URL('../../docs/TENANT-API.md', import.meta.url), 'utf8');
  const section = text.slice(text.indexOf('### People and roles'));
  const rows = section.split('\n').filter((line) => line.startsWith('| `')).map((line) => line.split('|').slice(1, -1).map((cell) => cell.trim().replaceAll('`', '')));
  const header = section.split('\n').find((line) => line.startsWith('| role |'))!.split('|').slice(2, -1).map((cell) => cell.trim().replaceAll('`', ''));
  return new Map(rows.filter(([role]) => (ROLES as readonly string[]).includes(role!)).map(([role, ...cells]) => [role!, new Map(cells.map((cell, i) => [header[i]!, cell]))]));
}

describe('roles', () => {
  it('are documented exactly as the code grants them: one row per role, one column per scope', () => {
    const table = documentedTable();
    expect([...table.keys()]).toEqual([...ROLES]);
    for (const role of ROLES) {
      const row = table.get(role)!;
      expect([...row.keys()].sort()).toEqual([...TOKEN_SCOPES].sort());
      for (const scope of TOKEN_SCOPES) {
        const expected = scope === 'feed:publish' ? 'with the grant' : ROLE_SCOPES[role].includes(scope) ? 'yes' : 'no';
        expect(`${role} ${scope}: ${row.get(scope)}`).toBe(`${role} ${scope}: ${expected}`);
      }
    }
  });

  it("narrow a person's token to the role, and leave a machine token's scopes as they are", () => {
    expect(effectiveScopes([...TOKEN_SCOPES], { role: 'viewer', mayPublishToFeed: false })).toEqual(['flows:read']);
    expect(effectiveScopes(['flows:read', 'events:write'], { role: 'editor', mayPublishToFeed: false })).toEqual(['flows:read']);
    expect(effectiveScopes([...TOKEN_SCOPES], null)).toEqual([...TOKEN_SCOPES]);
  });

  // pipeline-client-feed.pt.txt: "desde que tenham sido autorizados por um usuário com perfil administrador ou pelo proprietário"
  it('give client-feed publishing to no role: only the grant carries it, and only on a token that has the scope', () => {
    for (const role of ROLES) {
      expect(ROLE_SCOPES[role]).not.toContain('feed:publish');
      expect(effectiveScopes([...TOKEN_SCOPES], { role, mayPublishToFeed: false })).not.toContain('feed:publish');
      expect(effectiveScopes([...TOKEN_SCOPES], { role, mayPublishToFeed: true })).toContain('feed:publish');
    }
    expect(effectiveScopes(['flows:write'], { role: 'owner', mayPublishToFeed: true })).toEqual(['flows:write']);
  });
});
