import type { CatalogSnapshot } from '../../../shared/import/catalog-snapshot';
import { indexTenant } from '../../../shared/import/tenant-index';
import { unresolvedReferences } from '../../../shared/import/unresolved-refs';
import type { TenantCheck } from '../documents/documents-store';

/** One check per catalog read: its index is built once, whatever the number of flows checked against it. */
const checks = new WeakMap<CatalogSnapshot, TenantCheck>();

/** The check of a flow against a tenant's catalog: the references it names by UUID that the tenant lacks (`REF_UNRESOLVED`), as the tenant's publish finds them. */
export function checkAgainst(snapshot: CatalogSnapshot): TenantCheck {
  let check = checks.get(snapshot);
  if (!check) {
    const tenant = indexTenant(snapshot);
    check = (flow) => unresolvedReferences(flow, tenant);
    checks.set(snapshot, check);
  }
  return check;
}
