/**
 * Fast acceptance checks for the two shapes a large flow has thousands of: nodes (without
 * their config, which the step's schema checks) and edges.
 *
 * @remarks
 * The zod schemas in flow-schema.ts define these shapes; these functions only recognise the
 * common, certainly valid case without zod's per-object allocations, which dominate
 * validation time on flows of thousands of steps. They may say "not sure" (false) for a
 * valid value, never "fine" (true) for an invalid one: the caller then runs zod, which
 * produces the diagnostics. well-formed.test.ts checks that promise against the schemas.
 */

const ELEMENT_ID = /^[A-Za-z0-9_.:-]{1,100}$/;

function isPlainObject(value: unknown): value is Record<string, unknown> {
  return value !== null && typeof value === 'object' && !Array.isArray(value);
}

const isElementId = (value: unknown): boolean => typeof value === 'string' && ELEMENT_ID.test(value);

/** Length limits are checked in UTF-16 code units, never above the schema's code-point limits. */
const isShortText = (value: unknown, min: number, max: number): boolean =>
  typeof value === 'string' && value.length >= min && value.length <= max;

const isOptionalObject = (value: unknown): boolean => value === undefined || isPlainObject(value);

function hasOnlyKeys(record: Record<string, unknown>, allowed: ReadonlySet<string>, required: number): boolean {
  let count = 0;
  for (const key in record) {
    if (!Object.prototype.hasOwnProperty.call(record, key)) continue;
    if (!allowed.has(key)) return false;
    count++;
  }
  return count >= required;
}

const EDGE_KEYS = new Set(['id', 'source', 'sourcePort', 'target', 'extensions']);
const NODE_KEYS = new Set(['id', 'type', 'name', 'position', 'config', 'extensions']);
const POSITION_KEYS = new Set(['x', 'y']);

/** True only for a value `flowEdgeSchema` accepts. */
export function isWellFormedEdge(value: unknown): boolean {
  if (!isPlainObject(value)) return false;
  return (
    isElementId(value.id) &&
    isElementId(value.source) &&
    isShortText(value.sourcePort, 1, 100) &&
    isElementId(value.target) &&
    isOptionalObject(value.extensions) &&
    hasOnlyKeys(value, EDGE_KEYS, 4)
  );
}

/** True only for a value `flowNodeSchema` accepts (config may be any object here). */
export function isWellFormedNode(value: unknown): boolean {
  if (!isPlainObject(value)) return false;
  const position = value.position;
  return (
    isElementId(value.id) &&
    isShortText(value.type, 1, 100) &&
    isShortText(value.name, 0, 200) &&
    isPlainObject(position) &&
    Number.isFinite(position.x) &&
    Number.isFinite(position.y) &&
    hasOnlyKeys(position, POSITION_KEYS, 2) &&
    isPlainObject(value.config) &&
    isOptionalObject(value.extensions) &&
    hasOnlyKeys(value, NODE_KEYS, 5)
  );
}
