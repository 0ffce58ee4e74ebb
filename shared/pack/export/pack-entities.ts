import { walkRefs } from '../../format/entity-ref';
import type { RefLike } from '../../format/entity-ref';
import type { EntityDeclarations, Flow } from '../../format/flow-schema';

type CustomField = EntityDeclarations['customFields'][number];
type Metric = NonNullable<EntityDeclarations['metric']>;

/** A metric is recreated as a custom field of the closest type (percentages and durations are numbers). */
const METRIC_FIELD_TYPE: Readonly<Record<Metric['type'], CustomField['type']>> = {
  number: 'number',
  currency: 'currency',
  percent: 'number',
  duration: 'number',
};

/** The type of the custom field a metric of `type` is recreated as, in a pack and on a tenant importing it. */
export function metricFieldType(type: Metric['type']): CustomField['type'] {
  return METRIC_FIELD_TYPE[type];
}

/** The key of the custom field a flow's metric is declared as: one per flow, so two flows' metrics never merge. */
export function metricFieldKey(flowId: string): string {
  return `metric:${flowId}`;
}

/**
 * The pack's entity declarations: the union of the sanitised flows' own declarations and of
 * the tags and segments their surviving references name. Run on sanitised flows, so an
 * entity only a removed reference pointed at is not declared. A pipeline flow's metric is
 * declared as a custom field (the platform recreates it as one, linked to the flow).
 */
export function collectPackEntities(flows: readonly Flow[]): EntityDeclarations {
  const tags = new Map<string, { name: string }>();
  const customFields = new Map<string, CustomField>();
  const segments = new Map<string, { id?: string; name: string }>();
  const addSegment = (segment: { id?: string; name: string }) => {
    const key = segment.id === undefined ? `name:${segment.name}` : `id:${segment.id}`;
    if (!segments.has(key)) segments.set(key, segment.id === undefined ? { name: segment.name } : { id: segment.id, name: segment.name });
  };

  for (const flow of flows) {
    for (const tag of flow.entities.tags) if (!tags.has(tag.name)) tags.set(tag.name, { name: tag.name });
    for (const field of flow.entities.customFields) if (!customFields.has(field.key)) customFields.set(field.key, field);
    for (const segment of flow.entities.segments) addSegment(segment);
    const metric = flow.entities.metric;
    if (metric) {
      const key = metricFieldKey(flow.id);
      customFields.set(key, { key, name: metric.name, type: METRIC_FIELD_TYPE[metric.type] });
    }
    const declare = (ref: RefLike) => {
      const name = typeof ref.name === 'string' && ref.name !== '' ? ref.name : undefined;
      // A reference's name may be longer than a declaration's (500 vs 200): such an entity is matched by the reference alone.
      if (name === undefined || name.length > 200) return;
      if (ref.$ref === 'tag' && !tags.has(name)) tags.set(name, { name });
      if (ref.$ref === 'segment') addSegment(typeof ref.id === 'string' && ref.id !== '' ? { id: ref.id, name } : { name });
    };
    for (const root of referenceHolders(flow)) walkRefs(root, declare);
  }
  return { tags: [...tags.values()], customFields: [...customFields.values()], segments: [...segments.values()] };
}

/**
 * The parts of a flow that can hold references, the same ones export sanitises: node
 * configs and extension data, edge extensions, meta and the flow's extensions. Positions,
 * plain edges and the declarations themselves cannot (the flow schema is strict), and
 * skipping them halves this walk on a large pack.
 */
function referenceHolders(flow: Flow): unknown[] {
  const holders: unknown[] = [flow.meta, flow.extensions];
  for (const node of flow.nodes) holders.push(node.config, node.extensions);
  for (const edge of flow.edges) if (edge.extensions) holders.push(edge.extensions);
  return holders;
}
