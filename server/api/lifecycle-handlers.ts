import { randomUUID } from 'node:crypto';
import { copyName } from '../../shared/format/copy-name';
import { hasErrors } from '../../shared/format/diagnostic';
import type { Flow } from '../../shared/format/flow-schema';
import type { TenantRoutes } from '../../shared/tenant-api/routes';
import type { FlowStatus } from '../../shared/tenant-api/flows';
import { actionGoesLive, nextStatus, observedStatus, offeredActions } from '../../shared/tenant-api/lifecycle';
import { recordAudit } from '../store/audit-store';
import { getFlow, insertFlow } from '../store/flow-store';
import type { WriteContext } from '../store/flow-store';
import { changeStatus, lifecycleRow, recordPauseExpiry } from '../store/lifecycle-store';
import { labelFlow } from '../store/token-labels';
import { ApiError, notFound } from './api-error';
import { intakeFlow } from './flow-intake';
import type { Handler, HandlerContext } from './handler-types';
import { refuseUnauthorisedSteps } from './step-authority';
import { goLiveDiagnostics } from './go-live';
import { expectedRevision } from './if-match';

const writeContext = ({ caller, now }: HandlerContext): WriteContext => ({ tenantId: caller.tenant.id, tokenId: caller.token.id, clientAddress: caller.address, now });

/**
 * `POST /v1/flows/{id}/actions/{action}`: one lifecycle step, as the tenant's profile allows
 * it from the flow's observed status. If-Match names the revision the caller saw, so nobody
 * publishes a version they have not looked at; the action does not change the revision.
 */
export const flowActionHandler: Handler<TenantRoutes['flowAction']> = async ({ params }, ctx) => {
  const expected = expectedRevision(ctx.ifMatch);
  const { tenant } = ctx.caller;
  let row = await lifecycleRow(ctx.db, tenant.id, params.id);
  if (!row) throw notFound(`Flow ${params.id}`);
  if (row.revision !== expected) throw stale(params.id, row.revision, expected);

  const from = observedStatus(row.status as FlowStatus, row.pausedAt, ctx.now);
  if (from !== row.status) {
    // Paused over three months: write the finalization down (in its own transaction, so it stays even when this action is refused).
    const stored = row;
    await ctx.db.transaction((tx) => recordPauseExpiry(tx, writeContext(ctx), stored));
    row = { ...row, status: from, pausedAt: null };
  }
  const to = nextStatus(tenant.profile, from, params.action);
  if (!to) {
    const allowed = offeredActions(tenant.profile, from);
    const hint = allowed.length > 0 ? `it allows: ${allowed.join(', ')}` : 'it allows no lifecycle action';
    throw new ApiError('conflict', `A ${from} ${tenant.profile} flow cannot ${params.action}; ${hint}.`);
  }
  if (actionGoesLive(params.action)) {
    refuseUnauthorisedSteps(row.document as Flow, ctx.caller, params.action);
    const diagnostics = await goLiveDiagnostics(ctx.db, tenant.id, row.id);
    if (hasErrors(diagnostics)) {
      const errors = diagnostics.filter((d) => d.severity === 'error').length;
      throw new ApiError('validation_failed', `The flow cannot ${params.action}: it has ${errors} error${errors === 1 ? '' : 's'}; see diagnostics.`, diagnostics);
    }
  }
  const current = row;
  const changed = await ctx.db.transaction((tx) => changeStatus(tx, writeContext(ctx), { row: current, action: params.action, to }));
  if (!changed) throw await raced(ctx, params.id, expected);
  const { document: _document, ...flow } = await labelFlow(ctx.db, tenant.id, changed.flow);
  return { body: { flow, from, ...(changed.ejectedContacts === undefined ? {} : { ejectedContacts: changed.ejectedContacts }) }, revision: flow.revision };
};

function stale(id: string, revision: number, expected: number): ApiError {
  return new ApiError('precondition_failed', `Flow ${id} is at revision ${revision}, not ${expected}: fetch it again and review it before acting on it.`);
}

/** Why the guarded status change found nothing to change: deleted, saved again, or moved by another action. */
async function raced(ctx: HandlerContext, id: string, expected: number): Promise<ApiError> {
  const now = await getFlow(ctx.db, ctx.caller.tenant.id, id, ctx.now);
  if (!now) return notFound(`Flow ${id}`);
  if (now.revision !== expected) return stale(id, now.revision, expected);
  return new ApiError('conflict', `Flow ${id} changed status meanwhile (it is now ${now.status}); fetch it again.`);
}


/**
 * `POST /v1/flows/{id}/duplicate`: the flow's current document as a new draft in the same
 * folder, with a new id. A finalized journey never restarts; this is how it runs again.
 */
export const duplicateFlowHandler: Handler<TenantRoutes['duplicateFlow']> = async ({ params }, ctx) => {
  const source = await getFlow(ctx.db, ctx.caller.tenant.id, params.id, ctx.now);
  if (!source) throw notFound(`Flow ${params.id}`);
  const flow = await intakeFlow(ctx.db, ctx.caller.tenant, { ...source.document, id: randomUUID(), name: copyName(source.name) }, true);
  refuseUnauthorisedSteps(flow, ctx.caller, 'duplicate');
  const created = await ctx.db.transaction(async (tx) => {
    const inserted = await insertFlow(tx, writeContext(ctx), flow, source.folder);
    await recordAudit(tx, { ...writeContext(ctx), action: 'flow.duplicate', targetId: flow.id, detail: { name: flow.name, from: source.id, fromRevision: source.revision } });
    return inserted;
  });
  // A fresh UUID cannot collide unless the random source is broken; say so rather than answer 201 with nothing.
  if (!created) throw new Error(`duplicate id ${flow.id} already exists`);
  return { body: await labelFlow(ctx.db, ctx.caller.tenant.id, created), revision: created.revision };
};
