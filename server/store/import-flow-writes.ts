import type { Flow } from '../../shared/format/flow-schema';
import type { Db } from './database';
import { newFlowRow } from './flow-store';
import type { WriteContext } from './flow-store';
import { auditLog, flowRevisions, flows } from './schema';

/** Rows per INSERT: far below PostgreSQL's 65,535 parameters a statement, whatever a tenant's flow limit. */
const CHUNK = 200;

function chunks<T>(list: readonly T[], size: number): T[][] {
  const out: T[][] = [];
  for (let start = 0; start < list.length; start += size) out.push(list.slice(start, start + size));
  return out;
}

/**
 * Creates many flows at revision 1 as drafts, as {@link insertFlow} does one (the flow, its
 * first revision, its `flow.create` audit entry), in three statements per chunk instead of
 * three per flow: an import of a hundred flows is a handful of round trips. With `progress`,
 * chunks are `progress.chunk` flows and each one written is reported. Returns the ids
 * the tenant already had, which were not written (the caller's transaction must then fail).
 */
export async function insertNewFlows(
  tx: Db,
  ctx: WriteContext,
  list: readonly { flow: Flow; folder: string }[],
  progress?: { chunk: number; written: (ids: string[]) => Promise<void> },
): Promise<string[]> {
  const taken: string[] = [];
  for (const part of chunks(list, Math.min(CHUNK, progress?.chunk ?? CHUNK))) {
    const inserted = await tx
      .insert(flows)
      .values(part.map(({ flow, folder }) => newFlowRow(ctx, flow, folder)))
      .onConflictDoNothing()
      .returning({ id: flows.id });
    const written = new Set(inserted.map((row) => row.id));
    taken.push(...part.filter(({ flow }) => !written.has(flow.id)).map(({ flow }) => flow.id));
    const done = part.filter(({ flow }) => written.has(flow.id));
    if (done.length === 0) continue;
    const base = { tenantId: ctx.tenantId, createdAt: ctx.now, createdBy: ctx.tokenId };
    await tx.insert(flowRevisions).values(done.map(({ flow }) => ({ ...base, flowId: flow.id, revision: 1, name: flow.name, document: flow })));
    await tx.insert(auditLog).values(
      done.map(({ flow, folder }) => ({ tenantId: ctx.tenantId, at: ctx.now, tokenId: ctx.tokenId, action: 'flow.create', targetId: flow.id, detail: { name: flow.name, revision: 1, folder } })),
    );
    await progress?.written(done.map(({ flow }) => flow.id));
  }
  return taken;
}
