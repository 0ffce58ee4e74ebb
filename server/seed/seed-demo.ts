import { randomUUID } from 'node:crypto';
import type { RefKind } from '../../shared/format/entity-ref';
import { walkRefs } from '../../shared/format/entity-ref';
import { flowSchema } from '../../shared/format/flow-schema';
import { BUILTIN_TEMPLATES } from '../../shared/templates/builtin-templates';
import { recordAudit } from '../store/audit-store';
import { insertEntities } from '../store/catalog-store';
import type { EntityInput } from '../store/catalog-store';
import type { Db } from '../store/database';
import { insertFlow } from '../store/flow-store';
import type { TenantRow } from '../store/tenant-store';
import { demoEntities } from './demo-catalog';

/** Seeded flows go in one folder so a user tells them from their own. */
export const DEMO_FOLDER = 'Demo';

/**
 * The entities the built-in templates of a profile point at, with the templates' own ids and
 * names, so the seeded flows link to real catalog entries instead of placeholders.
 */
function templateEntities(templates: readonly { text: string }[]): EntityInput[] {
  const out: EntityInput[] = [];
  for (const template of templates) {
    walkRefs(JSON.parse(template.text), (ref) => {
      const kind = ref.$ref as RefKind;
      if (kind === 'flow') return;
      const id = typeof ref.id === 'string' ? ref.id : typeof ref.uuid === 'string' ? ref.uuid : undefined;
      const name = typeof ref.name === 'string' ? ref.name : id;
      if (!id || !name) return;
      out.push({ kind, id, name, uuid: typeof ref.uuid === 'string' ? ref.uuid : undefined, type: kind === 'customField' ? 'text' : undefined });
    });
  }
  return out;
}

/**
 * Fills a tenant with a realistic demo catalog for its profile and the built-in templates of
 * that profile as draft flows, in one transaction. Running it again adds nothing twice.
 */
export async function seedDemo(db: Db, tenant: TenantRow, now: Date): Promise<{ entities: number; flows: number }> {
  const templates = BUILTIN_TEMPLATES.filter((template) => template.profile === tenant.profile);
  const contactCenter = tenant.profile === 'contact-center';
  const demo: EntityInput[] = demoEntities(tenant.profile).map((entity, index) => ({
    ...entity,
    id: entity.id ?? `${entity.kind}-${1000 + index}`,
    uuid: contactCenter ? randomUUID() : undefined,
  }));
  return db.transaction(async (tx) => {
    // Template entities first: where a demo name repeats one, the template's id is the one kept.
    const entities = (await insertEntities(tx, tenant.id, templateEntities(templates))) + (await insertEntities(tx, tenant.id, demo));
    let flows = 0;
    for (const template of templates) {
      const created = await insertFlow(tx, { tenantId: tenant.id, tokenId: null, clientAddress: null, now }, flowSchema.parse(JSON.parse(template.text)), DEMO_FOLDER);
      if (created) flows++;
    }
    await recordAudit(tx, { tenantId: tenant.id, tokenId: null, clientAddress: null, action: 'catalog.seed', targetId: null, detail: { entities, flows }, now });
    return { entities, flows };
  });
}
