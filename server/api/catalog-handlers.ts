import type { TenantRoutes } from '../../shared/tenant-api/routes';
import { recordAudit } from '../store/audit-store';
import { findEntityByName, insertEntities, newEntityIdentity } from '../store/catalog-store';
import { ApiError } from './api-error';
import type { Handler } from './handler-types';

/**
 * Tags are matched by exactly the same name, as import matches them (shared/import/entity-name.ts):
 * asking for one that exists answers with it instead of a duplicate; "VIP" beside "vip" is a new tag.
 */
export const createTag: Handler<TenantRoutes['createTag']> = async ({ body }, { db, caller, now }) => {
  const tenantId = caller.tenant.id;
  return db.transaction(async (tx) => {
    const entity = { kind: 'tag' as const, ...newEntityIdentity('tag', caller.tenant.profile === 'contact-center'), name: body.name };
    // Insert first and look up on a clash: two clients creating one tag at once both get the same tag.
    if ((await insertEntities(tx, tenantId, [entity])) === 0) return { body: (await findEntityByName(tx, tenantId, 'tag', body.name))! };
    await recordAudit(tx, { tenantId, tokenId: caller.token.id, clientAddress: caller.address, action: 'tag.create', targetId: entity.id, detail: { name: entity.name }, now });
    const { kind: _kind, ...created } = entity;
    return { body: created };
  });
};

/** The field's key, from the name when not given: `Lifetime value` -> `lifetime_value`. */
export function keyFromName(name: string): string {
  const slug = name
    .normalize('NFKD')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '_')
    .replace(/^_+|_+$/g, '')
    .slice(0, 90);
  return /^[a-z]/.test(slug) ? slug : `field_${slug}`;
}

export const createCustomField: Handler<TenantRoutes['createCustomField']> = async ({ body }, { db, caller, now }) => {
  const tenantId = caller.tenant.id;
  const id = body.key ?? keyFromName(body.name);
  return db.transaction(async (tx) => {
    const uuid = caller.tenant.profile === 'contact-center' ? newEntityIdentity('cf', true).uuid : undefined;
    const field = { id, name: body.name, type: body.type, ...(uuid ? { uuid } : {}) };
    if ((await insertEntities(tx, tenantId, [{ kind: 'customField', ...field }])) === 0) {
      const sameName = await findEntityByName(tx, tenantId, 'customField', body.name);
      const clash = sameName ? `A custom field named "${sameName.name}" already exists (key "${sameName.id}").` : `A custom field with the key "${id}" already exists.`;
      throw new ApiError('conflict', clash);
    }
    await recordAudit(tx, { tenantId, tokenId: caller.token.id, clientAddress: caller.address, action: 'customField.create', targetId: id, detail: { name: body.name, type: body.type }, now });
    return { body: field };
  });
};
