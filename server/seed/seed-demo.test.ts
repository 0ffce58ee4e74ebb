import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { walkRefs } from '../../shared/format/entity-ref';
import { PROFILES } from '../../shared/format/profiles';
import { loadFlow } from '../../shared/validation/load-flow';
import { catalogSnapshot } from '../store/catalog-store';
import { openDatabase } from '../store/database';
import type { Database } from '../store/database';
import { getFlow, listFlows } from '../store/flow-store';
import { createTenant } from '../store/tenant-store';
import { seedDemo } from './seed-demo';

describe('seed-demo', () => {
  let database: Database;
  beforeAll(async () => {
    database = await openDatabase({});
  });
  afterAll(async () => {
    await database.close();
  });

  it.each(PROFILES)('fills a %s tenant with a catalog its seeded flows link to, once', async (profile) => {
    const { db } = database;
    const { tenant } = await createTenant(db, { name: `Demo ${profile}`, profile, now: new Date() });
    const first = await seedDemo(db, tenant, new Date());
    expect(first.entities).toBeGreaterThan(20);
    expect(first.flows).toBeGreaterThan(0);
    expect(await seedDemo(db, tenant, new Date())).toEqual({ entities: 0, flows: 0 });

    const snapshot = await catalogSnapshot(db, tenant);
    for (const kind of ['user', 'team', 'tag', 'customField', 'segment'] as const) expect(snapshot.entities[kind].length).toBeGreaterThan(0);
    const known = new Set(Object.entries(snapshot.entities).flatMap(([kind, list]) => list.flatMap((e) => [`${kind}:${e.id}`, `${kind}:${e.uuid}`])));
    const now = new Date();
    for (const summary of await listFlows(db, tenant.id, {}, { profile, now })) {
      const flow = (await getFlow(db, tenant.id, summary.id, now))!;
      expect(loadFlow(flow.document).diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
      walkRefs(flow.document, (ref) => {
        if (ref.$ref === 'flow') return;
        const key = typeof ref.id === 'string' ? ref.id : ref.uuid;
        if (typeof key === 'string') expect(known).toContain(`${ref.$ref}:${key}`);
      });
    }
  });
});
