import { and, eq, inArray, or } from 'drizzle-orm';
import type { EntityRef } from '../../shared/format/entity-ref';
import { isPlaceholder, walkRefs } from '../../shared/format/entity-ref';
import type { Flow } from '../../shared/format/flow-schema';
import { FLOW_STATUSES } from '../../shared/format/flow-statuses';
import { enrolsIn } from '../../shared/runtime/enrolment-rules';
import { flowLookup } from '../../shared/runtime/flow-lookup';
import type { Db } from '../store/database';
import { flows } from '../store/schema';

/** The flow references in a flow's step settings, found once per document (a flow may run many events). */
const refsOfDocument = new WeakMap<Flow, readonly EntityRef[]>();

function flowRefsOf(flow: Flow): readonly EntityRef[] {
  let refs = refsOfDocument.get(flow);
  if (!refs) {
    const found: EntityRef[] = [];
    for (const node of flow.nodes) walkRefs(node.config, (ref) => ref.$ref === 'flow' && found.push(ref as EntityRef));
    refsOfDocument.set(flow, (refs = found));
  }
  return refs;
}

/**
 * The flows the runs of one transaction may call (contact-center reusable flows), from the
 * tenant's own flows only: `load` reads the flows a flow references, and those they reference in
 * turn, a level per query; `lookup` is the Runner's `flows` option over what was loaded. A flow
 * that references no other flow costs no query.
 *
 * The platforms do not document whether a called flow must be published; a called flow runs
 * here when it is in the status its profile's flows run in (a published call flow), so a draft
 * being edited is never run for live calls. A call to a flow that is not found ejects the run.
 */
export class CalledFlows {
  private readonly loaded: Flow[] = [];
  private readonly asked = new Set<string>();
  private find: (ref: EntityRef) => Flow | undefined = () => undefined;

  constructor(
    private readonly tx: Db,
    private readonly tenantId: string,
  ) {}

  readonly lookup = (ref: EntityRef): Flow | undefined => this.find(ref);

  async load(flow: Flow): Promise<void> {
    let pending = this.unasked(flowRefsOf(flow));
    const statuses = FLOW_STATUSES.filter((status) => enrolsIn(flow.profile, status));
    while (pending.length > 0) {
      const ids = pending.flatMap((ref) => [ref.id, ref.uuid]).filter((id): id is string => id !== undefined);
      const names = pending.flatMap((ref) => (ref.name === undefined ? [] : [ref.name]));
      const rows = await this.tx
        .select({ document: flows.document })
        .from(flows)
        .where(
          and(
            eq(flows.tenantId, this.tenantId),
            inArray(flows.status, statuses),
            or(ids.length > 0 ? inArray(flows.id, ids) : undefined, names.length > 0 ? inArray(flows.name, names) : undefined),
          ),
        );
      const found = rows.map((row) => row.document as Flow).filter((document) => !this.loaded.some((known) => known.id === document.id));
      this.loaded.push(...found);
      pending = this.unasked(found.flatMap(flowRefsOf));
    }
    this.find = flowLookup(this.loaded);
  }

  /** The references not looked for yet (each is looked for once: flows calling each other in a circle end here). */
  private unasked(refs: readonly EntityRef[]): EntityRef[] {
    const fresh: EntityRef[] = [];
    for (const ref of refs) {
      const key = JSON.stringify([ref.id, ref.uuid, ref.name]);
      if (this.asked.has(key) || isPlaceholder(ref)) continue;
      this.asked.add(key);
      fresh.push(ref);
    }
    return fresh;
  }
}
