import type { TenantRoutes } from '../../shared/tenant-api/routes';
import { deleteFlow, getFlow, getRevision, insertFlow, listFlows, listRevisions, updateFlow } from '../store/flow-store';
import type { GuardedWrite, WriteContext } from '../store/flow-store';
import { labelFlow, labelFlows } from '../store/token-labels';
import { ApiError, notFound } from './api-error';
import { intakeFlow } from './flow-intake';
import { withReadyActions } from './go-live';
import type { HandlerContext, Handler } from './handler-types';
import { expectedRevision } from './if-match';
import { refuseUnauthorisedSteps } from './step-authority';
import { refuseEditOfPublished, refuseStructureChange } from './structure-lock';

const writeContext = ({ caller, now }: HandlerContext): WriteContext => ({ tenantId: caller.tenant.id, tokenId: caller.token.id, clientAddress: caller.address, now });

/** A refused guarded write as the client sees it: another tenant's flow is as absent as a deleted one. */
function guarded<T>(result: GuardedWrite<T>, id: string, expected: number): T {
  if (result.ok) return result.value;
  if (result.reason === 'not_found') throw notFound(`Flow ${id}`);
  throw new ApiError('precondition_failed', `Flow ${id} is at revision ${result.revision}, not ${expected}: fetch it again and reapply your change.`);
}

export const listFlowsHandler: Handler<TenantRoutes['listFlows']> = async ({ query }, { db, caller, now }) => {
  const { id, profile } = caller.tenant;
  const flows = await withReadyActions(db, id, profile, await listFlows(db, id, query, { profile, now }));
  return { body: { flows: await labelFlows(db, id, flows) } };
};

export const getFlowHandler: Handler<TenantRoutes['getFlow']> = async ({ params }, { db, caller, now }) => {
  const stored = await getFlow(db, caller.tenant.id, params.id, now);
  if (!stored) throw notFound(`Flow ${params.id}`);
  const [flow] = await withReadyActions(db, caller.tenant.id, caller.tenant.profile, [stored]);
  return { body: await labelFlow(db, caller.tenant.id, flow!), revision: stored.revision };
};

export const createFlowHandler: Handler<TenantRoutes['createFlow']> = async ({ body }, ctx) => {
  const flow = await intakeFlow(ctx.db, ctx.caller.tenant, body.document, true);
  refuseUnauthorisedSteps(flow, ctx.caller, 'create');
  const created = await ctx.db.transaction((tx) => insertFlow(tx, writeContext(ctx), flow, body.folder));
  if (!created) throw new ApiError('conflict', `Flow ${flow.id} already exists in this tenant: update it with PUT /v1/flows/${flow.id}.`);
  return { body: await labelFlow(ctx.db, ctx.caller.tenant.id, created), revision: created.revision };
};

export const updateFlowHandler: Handler<TenantRoutes['updateFlow']> = async ({ params, body }, ctx) => {
  const expected = expectedRevision(ctx.ifMatch);
  if (body.document.id !== params.id) {
    throw new ApiError('bad_request', `The document's id (${String(body.document.id)}) is not the flow in the URL (${params.id}).`);
  }
  const current = await getFlow(ctx.db, ctx.caller.tenant.id, params.id, ctx.now);
  if (!current) throw notFound(`Flow ${params.id}`);
  refuseEditOfPublished(ctx.caller.tenant.profile, current);
  const flow = await intakeFlow(ctx.db, ctx.caller.tenant, body.document, false, current.status);
  refuseUnauthorisedSteps(flow, ctx.caller, 'save');
  refuseStructureChange(current, flow);
  const updated = guarded(await ctx.db.transaction((tx) => updateFlow(tx, writeContext(ctx), expected, flow, body.folder)), params.id, expected);
  return { body: await labelFlow(ctx.db, ctx.caller.tenant.id, updated), revision: updated.revision };
};

export const deleteFlowHandler: Handler<TenantRoutes['deleteFlow']> = async ({ params }, ctx) => {
  const expected = expectedRevision(ctx.ifMatch);
  const deleted = guarded(await ctx.db.transaction((tx) => deleteFlow(tx, writeContext(ctx), params.id, expected)), params.id, expected);
  return { body: deleted };
};

export const listRevisionsHandler: Handler<TenantRoutes['listRevisions']> = async ({ params }, { db, caller }) => {
  const revisions = await listRevisions(db, caller.tenant.id, params.id);
  if (revisions.length === 0) throw notFound(`Flow ${params.id}`);
  return { body: { revisions } };
};

export const getRevisionHandler: Handler<TenantRoutes['getRevision']> = async ({ params }, { db, caller }) => {
  const found = await getRevision(db, caller.tenant.id, params.id, params.revision);
  if (!found) throw notFound(`Revision ${params.revision} of flow ${params.id}`);
  return { body: found };
};
