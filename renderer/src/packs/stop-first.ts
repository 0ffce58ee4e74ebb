import type { CatalogSnapshot } from '../../../shared/import/catalog-snapshot';
import type { FlowPlan } from '../../../shared/import/import-plan';
import { editNeedsStop } from '../../../shared/tenant-api/lifecycle';
import type { FlowStatus } from '../../../shared/tenant-api/flows';

/**
 * Whether the preview offers "stop, then update" for a flow: an update of a tenant flow that
 * must be stopped before it changes (a published conversations workflow). The tenant refuses
 * such an update unless the admin chooses it.
 */
export function offersStopFirst(flow: Pick<FlowPlan, 'flowId' | 'action'>, catalog: Pick<CatalogSnapshot, 'tenant' | 'flows'>): boolean {
  if (flow.action !== 'update') return false;
  const status = catalog.flows.find((candidate) => candidate.id === flow.flowId)?.status;
  return status !== undefined && editNeedsStop(catalog.tenant.profile, status as FlowStatus);
}
