import { randomUUID } from 'node:crypto';
import type { EmitHostEvent, HostHandlers } from '../../shared/host/contract';
import { HostError } from '../../shared/host/host-error';
import { STATE_FOLDER } from '../../shared/host/workspace-paths';
import { recordPush } from '../../shared/sync/record-push';
import { pushDecisions } from '../../shared/sync/synced-targets';
import type { ImportProgress } from '../../shared/tenant-api/imports';
import { isTenantApiError } from '../../shared/tenant-api/http/tenant-error';
import type { TenantClient } from '../../shared/tenant-api/tenant-client';
import { recordBindings } from '../../shared/import/bindings-file';
import { writeFileAtomic } from './atomic-write';
import { toHostError } from './host-fs-errors';
import { deployPack } from '../../shared/pack/deploy-pack';
import { fetchCurrentDocuments } from '../../shared/tenant-api/current-documents';
import { outcome, readPackInputs } from './pack-export';
import type { PackExportContext } from './pack-export';
import { expectedRevisionsOf } from './push-expectations';
import { PUSH_REPORTS_FOLDER, pushReportFileName } from './push-report-file';
import { createBindingsStore } from './workspace-state';
import type { SyncStore } from './workspace-state';

export type TenantPushHandlers = Pick<HostHandlers, 'tenants:pushPrepare' | 'tenants:push'>;

/**
 * The pack a push sends: the chosen workspace flows as their files hold them, and the reusable
 * flows they call (a deploy, never sanitised: sharing a template is the Export dialog's job),
 * named after what it carries, since nobody typed a name.
 */
async function runDeploy(context: PackExportContext, paths: readonly string[], now: Date) {
  const { chosen, workspaceFlows, flowPaths } = await readPackInputs(context, paths);
  const result = deployPack(chosen, {
    name: paths.length === 1 ? 'Push' : `Push of ${paths.length} flows`,
    now,
    generator: `flowpack-studio/${context.appVersion}`,
    workspaceFlows,
  });
  // A deploy sends the files as they are, the reusable flows it brings along included: each sent flow is its file's.
  const sent = new Map([...workspaceFlows, ...chosen].map((flow) => [flow.id, flow]));
  return { result, flowPaths, sent };
}

/**
 * Push from the workspace to a tenant: a deploy of the flows as they are, the tenant's catalog
 * and current documents for the preview, then the tenant's own dry-run and apply through its
 * import (one transaction there). After an apply the report is saved under
 * `.flowpack/reports/` and the pushed flows are bound in `.flowpack/sync.json`.
 */
export function createTenantPushHandlers(
  options: PackExportContext & { syncStore: SyncStore; withClient: <T>(id: string, use: (client: TenantClient) => Promise<T>) => Promise<T>; emit: EmitHostEvent },
): TenantPushHandlers {
  const { root, clock, withClient, syncStore, emit } = options;
  const bindings = createBindingsStore(root);

  return {
    async 'tenants:pushPrepare'({ id, paths }) {
      const { result, flowPaths } = await runDeploy(options, paths, clock());
      return withClient(id, async (client) => {
        const { data: catalog } = await client.call('getCatalog');
        const flowIds = result.pack?.flows.map((flow) => String(flow.id)) ?? [];
        // The copies these flows are synchronised with, and the choices made for this tenant at earlier pushes: the dialog starts from them.
        const decisions = pushDecisions({ bindings: await bindings.read(), syncFile: await syncStore.read(), catalog, flowIds });
        const tenantFlows = result.pack ? [...(await fetchCurrentDocuments(client, result.pack, catalog, decisions)).values()] : [];
        return { ...outcome(result, flowPaths), pack: result.pack ?? null, catalog, tenantFlows, decisions };
      });
    },

    async 'tenants:push'({ id, paths, mode, decisions, progressId }) {
      const { result, sent } = await runDeploy(options, paths, clock());
      if (!result.pack) throw new HostError('INVALID_ARGS', 'these flows cannot be pushed together (see the report); nothing was sent');
      const pack = result.pack;
      return withClient(id, async (client) => {
        // One key per push: the client's retries may repeat it, the tenant applies it once.
        const onProgress = progressId === undefined ? undefined : (progress: ImportProgress) => emit('tenants:pushProgress', { progressId, progress });
        const expectedRevisions = await expectedRevisionsOf(root, syncStore, client, paths);
        const report = await client
          .call('createImport', { body: { mode, pack, purpose: 'deploy', decisions, expectedRevisions }, idempotencyKey: randomUUID(), onProgress })
          .then(({ data }) => data, refusalOfChangedFlows);
        if (mode === 'dry-run' || !report.applied) return { report, savedAs: null };
        const { data: tenant } = await client.call('getTenant');
        const savedAs = await saveReport(options, { id: tenant.id, url: client.baseUrl }, report);
        await bindings.update((file) => ({ next: recordBindings(file, tenant.id, report.flows, decisions ?? {}), result: undefined }));
        const now = clock();
        await syncStore.update((file) => ({ next: recordPush(file, { id: tenant.id, url: client.baseUrl }, report.flows, (flowId) => sent.get(flowId), now).file, result: undefined }));
        return { report, savedAs };
      });
    },
  };
}

/**
 * A flow the push would replace changed on the tenant since it was last pulled or pushed (the
 * tenant's 412 on `expectedRevisions`): a CONFLICT, as a file changed on disk is, so the editor
 * can lead to the comparison; other refusals stay the tenant's own.
 */
function refusalOfChangedFlows(error: unknown): never {
  if (isTenantApiError(error, 'conflict') && error.detail.status === 412) throw new HostError('CONFLICT', error.message);
  throw error;
}

/** `.flowpack/reports/<time>-push.json`: the report with the tenant it went to (never the token). */
async function saveReport(context: PackExportContext, tenant: { id: string; url: string }, report: unknown): Promise<string> {
  const name = pushReportFileName(context.clock());
  try {
    await writeFileAtomic(await context.root.statePath(PUSH_REPORTS_FOLDER, name), `${JSON.stringify({ tenant, report }, null, 2)}\n`);
  } catch (error) {
    const applied = 'the push was applied, but its report could not be saved';
    // A HostError (a linked reports folder) says why in its own words; the user must still learn the push went through.
    if (error instanceof HostError) throw new HostError(error.code, `${applied}: ${error.message}`);
    throw toHostError(error, applied);
  }
  return `${STATE_FOLDER}/${PUSH_REPORTS_FOLDER}/${name}`;
}
