import { hasErrors } from '../../shared/format/diagnostic';
import { hasRefusingErrors } from '../../shared/format/diagnostic-class';
import type { Diagnostic } from '../../shared/format/diagnostic';
import type { Flow } from '../../shared/format/flow-schema';
import { loadFlow } from '../../shared/validation/load-flow';
import { valueDepth } from '../../shared/json/value-depth';
import { MAX_FLOW_DOCUMENT_DEPTH } from '../../shared/tenant-api/flows';
import type { FlowKind } from '../../shared/format/profiles';
import { indexTenant } from '../../shared/import/tenant-index';
import { checkFileLimits, checkFlowCount, effectiveLimits } from '../../shared/import/tenant-limits';
import { unresolvedReferences } from '../../shared/import/unresolved-refs';
import type { FlowSummary } from '../../shared/validation/flow-references';
import { diagnostic } from '../../shared/validation/messages';
import { catalogEntities } from '../store/catalog-store';
import type { Db } from '../store/database';
import { countFlows, flowKinds } from '../store/flow-store';
import type { TenantRow } from '../store/tenant-store';
import { ApiError } from './api-error';

/**
 * Loads a flow document sent by a client exactly as the editor loads a file (migrate, then
 * the shared validator, with the tenant's other flows for cross-flow checks), and adds the
 * tenant's own rules: its profile and its limits. An error refuses the document with 422 and
 * every diagnostic, except that a draft of a journeys, pipeline or contact-center tenant may
 * be saved with findings still to configure (a placeholder, an empty required field, an entity
 * named by a UUID the tenant lacks, checked against its catalog once the flow is live): those
 * platforms let a person finish a draft over several saves and check it before it goes live,
 * which publish, start and activate still do. A conversations workflow is never saved with
 * errors, as that platform refuses. Warnings never block a save.
 *
 * @param creating - a new flow (it is a draft, and counts against the tenant's flow limit)
 * @param status - the status of the flow being replaced; absent when creating
 */
export async function intakeFlow(db: Db, tenant: TenantRow, document: unknown, creating: boolean, status?: string): Promise<Flow> {
  // Request bodies are already held to the clients' depth (json-body.ts); this also covers a copy of a flow stored before that.
  if (valueDepth(document, MAX_FLOW_DOCUMENT_DEPTH) > MAX_FLOW_DOCUMENT_DEPTH) {
    throw new ApiError('validation_failed', `The flow document is nested more than ${MAX_FLOW_DOCUMENT_DEPTH} levels deep; clients could not read it back.`);
  }
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
  const draft = creating || status === 'draft';
  // A flow that is live stays so only while every entity it names by UUID exists here, as publish checks.
  if (!draft) tenantRules.push(...unresolvedReferences(flow, indexTenant({ entities: await catalogEntities(db, tenant.id) })));
  const all = [...diagnostics, ...tenantRules];
  if (draft && tenant.profile !== 'conversations' ? hasRefusingErrors(all) : hasErrors(all)) refuse(all);
  return flow;
}

function refuse(diagnostics: Diagnostic[]): never {
  const errors = diagnostics.filter((d) => d.severity === 'error').length;
  throw new ApiError('validation_failed', `The flow has ${errors} error${errors === 1 ? '' : 's'}; see diagnostics.`, diagnostics);
}
