import { describe, expect, it } from 'vitest';
import { storeBefore } from '../test/migrations-before';
import { findEntityByName, insertEntities } from './catalog-store';

const COMPOSED = 'Caf\u00e9';
const DECOMPOSED = 'Cafe\u0301';

describe('migration 0006 (exact entity names) on a store that already has entities', () => {
  it('keeps every entity, tells apart one name stored in two Unicode spellings, then matches names exactly as written', async () => {
    // given a store at migration 0005 with tags, one of them in both Unicode spellings (the old index let that through)
    const { client, db, upgrade } = await storeBefore('0006_exact_entity_names');
    await client.exec(`
      INSERT INTO tenants (id, name, profile, limits, created_at) VALUES ('t1', 'Acme', 'pipeline', '{}', now());
      INSERT INTO entities (tenant_id, kind, id, name) VALUES
        ('t1', 'tag', 'tag_a', 'vip'), ('t1', 'tag', 'tag_b', '${COMPOSED}'), ('t1', 'tag', 'tag_c', '${DECOMPOSED}');
    `);
    await expect(client.exec(`INSERT INTO entities (tenant_id, kind, id, name) VALUES ('t1', 'tag', 'tag_d', 'VIP')`)).rejects.toThrow(/entities_name/);

    // when the server starts with this version's migrations
    await upgrade();

    // then no entity is lost, the later spelling of "Café" carries its id, and "VIP" is a tag of its own beside "vip"
    const { rows } = await client.query<{ id: string; name: string }>('SELECT id, name FROM entities ORDER BY id');
    expect(rows).toEqual([
      { id: 'tag_a', name: 'vip' },
      { id: 'tag_b', name: COMPOSED },
      { id: 'tag_c', name: `${DECOMPOSED} (tag_c)` },
    ]);
    expect(await insertEntities(db, 't1', [{ kind: 'tag', id: 'tag_d', name: 'VIP' }])).toBe(1);
    expect(await insertEntities(db, 't1', [{ kind: 'tag', id: 'tag_e', name: DECOMPOSED }])).toBe(0);
    expect(await findEntityByName(db, 't1', 'tag', 'VIP')).toEqual({ id: 'tag_d', name: 'VIP' });
    expect(await findEntityByName(db, 't1', 'tag', DECOMPOSED)).toEqual({ id: 'tag_b', name: COMPOSED });
    // A flow's metric field takes a name the tenant's other fields have, once per flow.
    const field = { kind: 'customField' as const, name: 'Days to go live', type: 'number' as const };
    expect(await insertEntities(db, 't1', [{ ...field, id: 'days' }, { ...field, id: 'days_f1', forFlow: 'f1' }, { ...field, id: 'days_f2', forFlow: 'f2' }])).toBe(3);
    expect(await insertEntities(db, 't1', [{ ...field, id: 'days_f1_again', forFlow: 'f1' }])).toBe(0);
    expect(await findEntityByName(db, 't1', 'customField', 'Days to go live', 'f2')).toMatchObject({ id: 'days_f2', forFlow: 'f2' });
    expect(await findEntityByName(db, 't1', 'customField', 'Days to go live')).toMatchObject({ id: 'days' });
    await client.close();
  });
});
