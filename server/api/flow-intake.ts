import { hasErrors } from '../../shared/format/diagnostic';
import type { Diagnostic } from '../../shared/format/diagnostic';
import type { Flow } from '../../shared/format/flow-schema';
import { loadFlow } from '../../shared/format/load-flow';
import type { FlowKind } from '../../shared/format/profiles';
import { checkFileLimits, checkFlowCount, effectiveLimits } from '../../shared/import/tenant-limits';
import type { FlowSummary } from '../../shared/validation/flow-references';
import { diagnostic } from '../../shared/validation/messages';
import type { Db } from '../store/database';
import { countFlows, flowKinds } from '../store/flow-store';
import type { TenantRow } from '../store/tenant-store';
import { ApiError } from './api-error';

/**
 * Loads a flow document sent by a client exactly as the editor loads a file (migrate, then
 * the shared validator, with the tenant's other flows for cross-flow checks), and adds the
 * tenant's own rules: its profile and its limits. Any error refuses the document with 422
 * and every diagnostic; warnings do not block a save.
 */
export async function intakeFlow(db: Db, tenant: TenantRow, document: unknown, creating: boolean): Promise<Flow> {
  const others = new Map<string, FlowSummary>();
  for (const row of await flowKinds(db, tenant.id)) others.set(row.id, { id: row.id, name: row.name, profile: tenant.profile, kind: row.kind as FlowKind });
  const { flow, diagnostics } = loadFlow(document, { flows: others });
  if (!flow) refuse(diagnostics);
  const tenantRules: Diagnostic[] = [];
  if (flow.profile !== tenant.profile) {
    tenantRules.push(diagnostic('error', 'IMPORT_PROFILE_MISMATCH', { pack: flow.profile, tenant: tenant.profile }, { flowId: flow.id, path: ['profile'] }));
  }
  const limits = effectiveLimits(tenant.profile, tenant.limits);
  tenantRules.push(...checkFileLimits(flow, limits));
  if (creating) tenantRules.push(...checkFlowCount(tenant.profile, await countFlows(db, tenant.id), 1, limits));
  const all = [...diagnostics, ...tenantRules];
  if (hasErrors(all)) refuse(all);
  return flow;
}

function refuse(diagnostics: Diagnostic[]): never {
  const errors = diagnostics.filter((d) => d.severity === 'error').length;
  throw new ApiError('validation_failed', `The flow has ${errors} error${errors === 1 ? '' : 's'}; see diagnostics.`, diagnostics);
}
