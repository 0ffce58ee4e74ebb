import type { TenantRoutes } from '../../shared/tenant-api/routes';
import { effectiveLimits } from '../../shared/import/tenant-limits';
import { listAudit } from '../store/audit-store';
import { catalogSnapshot } from '../store/catalog-store';
import type { Handler } from './handler-types';

export const getTenant: Handler<TenantRoutes['getTenant']> = async (_input, { caller, maxRequestBytes }) => {
  const { tenant, token, user } = caller;
  const person = user && { id: user.id, name: user.name, email: user.email, role: user.role, mayPublishToFeed: user.mayPublishToFeed };
  return {
    body: {
      id: tenant.id,
      name: tenant.name,
      profile: tenant.profile,
      limits: effectiveLimits(tenant.profile, tenant.limits),
      maxRequestBytes,
      createdAt: tenant.createdAt.toISOString(),
      token: { id: token.id, label: token.label, scopes: caller.scopes, expiresAt: token.expiresAt?.toISOString() ?? null, user: person },
    },
  };
};

export const getCatalog: Handler<TenantRoutes['getCatalog']> = async (_input, { db, caller }) => ({ body: await catalogSnapshot(db, caller.tenant) });

export const listAuditEntries: Handler<TenantRoutes['listAudit']> = async ({ query }, { db, caller }) => ({
  body: { entries: await listAudit(db, caller.tenant.id, query) },
});
