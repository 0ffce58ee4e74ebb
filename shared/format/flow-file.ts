import { canonicalStringify } from './canonical-json';
import type { KeyOrder } from './canonical-json';
import {
  entityDeclarationsSchema,
  flowEdgeSchema,
  flowMetaSchema,
  flowNodeSchema,
  flowSchema,
  positionSchema,
} from './flow-schema';
import type { Flow } from './flow-schema';

/** Known keys of each object the format defines, in the order the format declares them. */
const ORDER = {
  flow: Object.keys(flowSchema.shape),
  node: Object.keys(flowNodeSchema.shape),
  edge: Object.keys(flowEdgeSchema.shape),
  position: Object.keys(positionSchema.shape),
  entities: Object.keys(entityDeclarationsSchema.shape),
  meta: Object.keys(flowMetaSchema.shape),
} satisfies Record<string, KeyOrder>;

/** Key order for an object at `path` inside a flow document (relative to the flow's root). */
export function flowKeyOrder(path: readonly (string | number)[]): KeyOrder | undefined {
  const [first, second, third] = path;
  switch (path.length) {
    case 0:
      return ORDER.flow;
    case 1:
      return first === 'entities' ? ORDER.entities : first === 'meta' ? ORDER.meta : undefined;
    case 2:
      return first === 'nodes' ? ORDER.node : first === 'edges' ? ORDER.edge : undefined;
    case 3:
      return first === 'nodes' && typeof second === 'number' && third === 'position' ? ORDER.position : undefined;
    default:
      return undefined;
  }
}

/** The canonical file text of a flow document. */
export function serializeFlow(flow: Flow): string {
  return canonicalStringify(flow, flowKeyOrder);
}
