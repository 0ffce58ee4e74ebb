import { randomUUID } from 'node:crypto';
import type { z } from 'zod';
import { refusingErrors } from '../../shared/format/diagnostic-class';
import { planImport } from '../../shared/import/plan-import';
import { loadPack } from '../../shared/pack/load-pack';
import { claimedAuthorWarning, trustedSignatureRefusal } from '../../shared/pack/signature/signature-policy';
import { verifyPack } from '../../shared/pack/signature/verify-pack';
import type { createImportBodySchema, ImportProgress, ImportReport } from '../../shared/tenant-api/imports';
import { recordAudit } from '../store/audit-store';
import { catalogSnapshot } from '../store/catalog-store';
import type { Db } from '../store/database';
import { saveReport } from '../store/import-store';
import { tenantTrustedKeys } from '../store/trusted-keys-store';
import { actorPerson } from '../store/user-store';
import { ApiError } from './api-error';
import type { Caller } from './authenticate';
import { currentDocuments } from './deploy-documents';
import { applyStepAuthority } from './step-authority';
import { applyPlan } from './import-apply';
import { checkExpectedRevisions } from './import-expectations';
import { applyLifecycleRules, statusAfterImport, stopBeforeUpdate } from './import-lifecycle';
import { planReport } from './import-report';
import type { ServerHooks } from './server-hooks';

/** The request body as the route parsed it (defaults filled in). */
export type ImportBody = z.output<typeof createImportBodySchema>;

export interface ImportContext {
  caller: Caller;
  now: Date;
  hooks?: ServerHooks | undefined;
  /** Hears how an apply progresses (a client following a progress stream). */
  progress?: ((progress: ImportProgress) => Promise<void>) | undefined;
}

/**
 * Runs one import inside `tx`: checks the pack's signature on the JSON as sent (against the
 * keys the tenant trusts, refusing a shared pack none of them signed when it trusts any), loads it
 * with the shared pack loader, plans it against the tenant's own catalog read in this same
 * transaction (a client's plan is never trusted), and for `apply` writes it. A dry-run
 * writes only its report. Anything refused throws, and the caller's transaction undoes it.
 */
export async function runImport(tx: Db, body: ImportBody, ctx: ImportContext): Promise<ImportReport> {
  const { tenant, token } = ctx.caller;
  const trustedKeys = await tenantTrustedKeys(tx, tenant.id);
  const signature = verifyPack(body.pack, trustedKeys);
  // A tenant that trusts keys imports shared packs signed by one of them only; allowTampered does not lift it.
  // A deploy is not held to it: it is the tenant's own flows, which the same scope may write through /v1/flows.
  const refusal = body.purpose === 'share' && trustedKeys.length > 0 ? trustedSignatureRefusal(signature) : null;
  if (refusal !== null) {
    const warning = claimedAuthorWarning(signature);
    const message = `This tenant imports only packs signed by a key it trusts: ${refusal}${warning === null ? '' : `; ${warning}`}. Nothing was imported.`;
    throw new ApiError('validation_failed', message);
  }
  if (signature.status === 'tampered' && !body.allowTampered) {
    throw new ApiError(
      'validation_failed',
      `The pack's signature does not match it (${signature.reason ?? 'tampered'}). Send "allowTampered": true to import it anyway; the audit log records that.`,
    );
  }
  const loaded = loadPack(body.pack);
  if (!loaded.pack) throw new ApiError('validation_failed', 'The pack is not a valid pack file; see diagnostics.', loaded.diagnostics);

  const catalog = await catalogSnapshot(tx, tenant);
  // A deploy is planned with the tenant's current documents of the flows it updates, to keep what they hold.
  const deploy = body.purpose === 'deploy' ? { tenantFlows: await currentDocuments(tx, tenant.id, loaded.pack, catalog, body.decisions) } : undefined;
  const plan = planImport(loaded.pack, catalog, body.decisions ?? {}, { deploy });
  // A dry-run answers as the apply would; only the apply needs the rows held until it commits.
  await checkExpectedRevisions(tx, tenant.id, plan, body.expectedRevisions, body.mode === 'apply');
  const serverWarnings = applyStepAuthority(plan, ctx.caller);
  const lifecycle = await applyLifecycleRules(tx, tenant.id, plan, body.decisions, ctx.now);
  const id = randomUUID();
  const report = planReport({ id, mode: body.mode, now: ctx.now, tokenId: token.id, tokenLabel: token.label, user: actorPerson(ctx.caller.user), packFlows: loaded.pack.flows.length, signature, allowTampered: body.allowTampered, plan, serverWarnings });
  // Only the tenant knows the lifecycle rules its flows meet, so its report says where each one ends up.
  plan.flows.forEach((flow, position) => {
    const status = statusAfterImport(flow, lifecycle);
    if (status !== undefined) report.flows[position]!.status = status;
  });

  if (body.mode === 'apply') {
    if (plan.summary.errors > 0) {
      const errors = refusingErrors([...plan.diagnostics, ...plan.flows.flatMap((flow) => flow.diagnostics)]);
      const message = `The import plan has ${errors.length} error${errors.length === 1 ? '' : 's'} that refuse it (limits, blocked steps, decisions...); nothing was imported. Resolve them and retry with a new Idempotency-Key.`;
      throw new ApiError('validation_failed', message, errors, report);
    }
    const writeContext = { tenantId: tenant.id, tokenId: token.id, clientAddress: ctx.caller.address, now: ctx.now };
    await stopBeforeUpdate(tx, writeContext, lifecycle.stopFirst);
    const applied = await applyPlan(tx, tenant, writeContext, { plan, folder: body.folder, keepStatus: lifecycle.keepStatus }, ctx.progress);
    for (const flow of report.flows) {
      const stored = applied.stored.get(flow.targetId);
      if (stored !== undefined) Object.assign(flow, stored);
    }
    report.created = applied.created;
    report.applied = true;
    const detail = {
      reportId: id,
      pack: plan.packName,
      signature: signature.status,
      allowTampered: body.allowTampered && signature.status === 'tampered',
      flows: applied.stored.size,
      created: applied.created.length,
    };
    await recordAudit(tx, { ...writeContext, action: 'import.apply', targetId: id, detail });
  } else {
    // A dry-run writes nothing but its report; the log still says who looked at what it would do.
    const detail = { reportId: id, pack: plan.packName, signature: signature.status, flows: plan.flows.length, errors: plan.summary.errors };
    await recordAudit(tx, { tenantId: tenant.id, tokenId: token.id, clientAddress: ctx.caller.address, action: 'import.dry-run', targetId: id, detail, now: ctx.now });
  }
  await saveReport(tx, { tenantId: tenant.id, id, mode: body.mode, tokenId: token.id, createdAt: ctx.now, report });
  if (report.applied) {
    const written = report.flows.filter((flow) => flow.revision !== undefined).length;
    await ctx.progress?.({ phase: 'committing', written: [], done: written, total: written });
    await ctx.hooks?.insideImportApply?.(id);
  }
  return report;
}
