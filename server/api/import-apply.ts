import { and, eq } from 'drizzle-orm';
import { walkRefs } from '../../shared/format/entity-ref';
import type { RefKind } from '../../shared/format/entity-ref';
import { CUSTOM_FIELD_TYPES } from '../../shared/format/flow-schema';
import type { Flow } from '../../shared/format/flow-schema';
import { entityNameKey } from '../../shared/import/entity-name';
import { flowContentHash } from '../../shared/format/content-hash';
import type { CreatedEntity, ImportPlan } from '../../shared/import/import-plan';
import type { ImportEntity, ImportProgress } from '../../shared/tenant-api/imports';
import { findEntityByName, insertEntities, newEntityIdentity } from '../store/catalog-store';
import type { EntityInput } from '../store/catalog-store';
import type { Db } from '../store/database';
import { updateFlow } from '../store/flow-store';
import { insertNewFlows } from '../store/import-flow-writes';
import type { WriteContext } from '../store/flow-store';
import { flows } from '../store/schema';
import { recordAudit } from '../store/audit-store';
import type { TenantRow } from '../store/tenant-store';
import { ApiError } from './api-error';
import { keyFromName } from './catalog-handlers';

/** What the tenant stored of one imported flow: its revision, and the content hash of the document stored at it. */
export interface StoredRevision {
  revision: number;
  contentHash: string;
}

export interface AppliedImport {
  /** What each imported flow became, by its tenant id. */
  stored: Map<string, StoredRevision>;
  created: ImportEntity[];
}

/** Created entities by kind and name, compared as planning compares them: exactly as written. */
const nameKey = (kind: string, name: string) => JSON.stringify([kind, entityNameKey(name)]);

/**
 * Writes a plan that has no errors, inside the caller's transaction: first the entities it
 * creates (tags, custom fields, metric fields), then every flow as a draft (a started journey
 * in `keepStatus` keeps its status): an update as the flow's next revision, creates and copies at revision 1 in a few batched statements (the
 * plan's order, flows other flows use first, matters to the platforms, not inside one
 * transaction). Any failure throws, and the caller's transaction undoes all of it. `onProgress`
 * hears of the start and of every flow written.
 */
export async function applyPlan(
  tx: Db,
  tenant: TenantRow,
  ctx: WriteContext,
  { plan, folder, keepStatus }: { plan: ImportPlan; folder: string; keepStatus: ReadonlySet<string> },
  onProgress?: (progress: ImportProgress) => Promise<void>,
): Promise<AppliedImport> {
  const total = plan.flows.filter((flow) => flow.action !== 'skip' && flow.document).length;
  let done = 0;
  const report = onProgress && ((phase: ImportProgress['phase'], written: string[]) => onProgress({ phase, written, done: (done += written.length), total }));
  await report?.('entities', []);
  const created: ImportEntity[] = [];
  const byName = new Map<string, ImportEntity>();
  for (const wanted of plan.summary.creates) {
    const entity = await createEntity(tx, tenant, ctx, wanted);
    created.push(entity);
    if (wanted.forFlow === undefined) byName.set(nameKey(entity.kind, wanted.name), entity);
  }

  const stored = new Map<string, StoredRevision>();
  const added: { flow: Flow; folder: string }[] = [];
  for (const flow of plan.flows) {
    if (flow.action === 'skip' || !flow.document) continue;
    const document = flow.document;
    fillCreatedIds(document, byName);
    if (flow.action === 'update') {
      const revision = await replaceFlow(tx, ctx, document, keepStatus.has(flow.targetId));
      stored.set(flow.targetId, { revision, contentHash: flowContentHash(document) });
      await report?.('flows', [flow.targetId]);
    } else added.push({ flow: document, folder });
  }
  const taken = await insertNewFlows(tx, ctx, added, report && { chunk: progressChunk(added.length), written: (ids) => report('flows', ids) });
  if (taken.length > 0) throw new ApiError('conflict', `Flow ${taken.join(', ')} was created in this tenant while the import ran; plan the import again.`);
  // Hashed as stored (created entities' ids filled in), so a client can tell a later save of this same document from a change.
  for (const { flow } of added) stored.set(flow.id, { revision: 1, contentHash: flowContentHash(flow) });
  return { stored, created };
}

/**
 * New flows per statement when the client follows progress: about twenty reports whatever the
 * import's size, since each chunk costs three round trips (a hundred flows: 60 instead of 3).
 */
const progressChunk = (count: number) => Math.max(1, Math.ceil(count / 20));

/**
 * Creates one entity the plan asks for, a metric field linked to its flow; one that appeared
 * meanwhile under exactly the same name (for a metric field: linked to the same flow) is used instead.
 */
async function createEntity(tx: Db, tenant: TenantRow, ctx: WriteContext, wanted: CreatedEntity): Promise<ImportEntity> {
  const contactCenter = tenant.profile === 'contact-center';
  const identity = wanted.kind === 'customField' ? { id: keyFromName(wanted.name), ...(contactCenter ? { uuid: newEntityIdentity('cf', true).uuid } : {}) } : newEntityIdentity(wanted.kind, contactCenter);
  const input: EntityInput = { kind: wanted.kind, ...identity, name: wanted.name, type: fieldType(wanted), forFlow: wanted.forFlow };
  let inserted = await insertEntities(tx, ctx.tenantId, [input]);
  if (inserted === 0) {
    const existing = await findEntityByName(tx, ctx.tenantId, wanted.kind, wanted.name, wanted.forFlow);
    if (existing) return describe(wanted, existing);
    // Another field holds the key derived from this name: take a key of its own.
    input.id = `${identity.id}_${newEntityIdentity('x', false).id.slice(2, 8)}`;
    inserted = await insertEntities(tx, ctx.tenantId, [input]);
    if (inserted === 0) throw new ApiError('conflict', `Could not create the ${wanted.kind} "${wanted.name}": its name or key is taken; retry the import.`);
  }
  const action = wanted.kind === 'tag' ? 'tag.create' : 'customField.create';
  await recordAudit(tx, { ...ctx, action, targetId: input.id, detail: { name: wanted.name, ...(wanted.type ? { type: wanted.type } : {}), ...(wanted.forFlow ? { forFlow: wanted.forFlow } : {}), import: true } });
  return describe(wanted, input);
}

/**
 * What a created custom field holds: the declared type, or for a metric of a type no custom
 * field has (percent, duration) a number field, which holds its value.
 */
function fieldType(wanted: CreatedEntity): EntityInput['type'] {
  if (wanted.kind !== 'customField' || wanted.type === undefined) return undefined;
  return (CUSTOM_FIELD_TYPES as readonly string[]).includes(wanted.type) ? (wanted.type as EntityInput['type']) : 'number';
}

function describe(wanted: CreatedEntity, entity: { id: string; uuid?: string | undefined }): ImportEntity {
  const out: ImportEntity = { kind: wanted.kind, id: entity.id, name: wanted.name };
  if (entity.uuid) out.uuid = entity.uuid;
  const type = fieldType(wanted);
  if (type !== undefined) out.type = type;
  if (wanted.forFlow !== undefined) out.forFlow = wanted.forFlow;
  return out;
}

/** Planning leaves a created entity's references with its name only; they now get its new id. */
function fillCreatedIds(document: Flow, byName: ReadonlyMap<string, ImportEntity>): void {
  walkRefs(document, (ref) => {
    if (ref.id !== undefined || typeof ref.name !== 'string') return;
    const entity = byName.get(nameKey(ref.$ref as RefKind, ref.name));
    if (!entity?.id) return;
    ref.id = entity.id;
    if (entity.uuid) ref.uuid = entity.uuid;
  });
}

/**
 * An update replaces the current definition whatever its revision (the plan warned) and leaves
 * the flow a draft, except a started journey (`keepStatus`), which keeps running as after a save.
 */
async function replaceFlow(tx: Db, ctx: WriteContext, document: Flow, keepStatus: boolean): Promise<number> {
  const where = and(eq(flows.tenantId, ctx.tenantId), eq(flows.id, document.id));
  const [current] = await tx.select({ revision: flows.revision }).from(flows).where(where);
  if (!current) throw new ApiError('conflict', `Flow ${document.id} was deleted from this tenant while the import ran; plan the import again.`);
  const written = await updateFlow(tx, ctx, current.revision, document, undefined);
  if (!written.ok) throw new ApiError('conflict', `Flow ${document.id} changed while the import ran; plan the import again.`);
  if (!keepStatus) await tx.update(flows).set({ status: 'draft' }).where(where);
  return written.value.revision;
}
