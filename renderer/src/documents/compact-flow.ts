import type { Flow } from '../../../shared/format/flow-schema';

/**
 * The flow as the editor keeps it for as long as it is open: the file's own parsed nodes and
 * edges wherever the schema's output equals them, with repeated strings stored once.
 *
 * @remarks
 * Steps are most of a flow, and an open flow is held for hours, so how they are stored
 * matters for large flows. The schema builds a new object for every object it reads, with
 * spare property slots and its numbers boxed on the heap; JSON.parse builds compact ones,
 * and the schema's copy becomes garbage at once. JSON.parse also makes a new string for
 * every value it reads (only short ones are shared), so the step types, reference kinds and
 * texts that steps repeat would be stored once per step. Anything the schema changed (a
 * filled-in default, a migration) keeps the schema's version. Mutates only objects made by
 * this load.
 */
export function compactFlow(flow: Flow, raw: unknown): Flow {
  const strings = new Map<string, string>();
  const file = isRecord(raw) ? raw : {};
  const nodes = adoptElements(flow.nodes, file.nodes, strings);
  const edges = adoptElements(flow.edges, file.edges, strings);
  return nodes === flow.nodes && edges === flow.edges ? flow : { ...flow, nodes, edges };
}

/** Each parsed element, or the file's own element where equal; one pass both compares and shares strings. */
function adoptElements<T>(parsed: T[], raw: unknown, strings: Map<string, string>): T[] {
  const own = Array.isArray(raw) && raw.length === parsed.length ? raw : undefined;
  let changed = false;
  const out = parsed.map((element, index) => {
    const candidate = own?.[index] as unknown;
    if (candidate !== undefined && candidate !== element && adopt(element, candidate, strings)) {
      changed = true;
      return candidate as T;
    }
    shareStrings(element, strings);
    return element;
  });
  return changed ? out : parsed;
}

/**
 * Whether `own` has the same content as `parsed` (an undefined property counts as absent, as
 * in JSON), sharing `own`'s strings on the way. Plain loops rather than `Object.keys`: it
 * visits every value of a flow of thousands of steps while the flow opens.
 */
function adopt(parsed: unknown, own: unknown, strings: Map<string, string>): boolean {
  if (typeof own === 'string') return own === parsed;
  if (parsed === own) return true;
  if (typeof parsed !== 'object' || typeof own !== 'object' || parsed === null || own === null) return false;
  if (Array.isArray(parsed)) {
    if (!Array.isArray(own) || parsed.length !== own.length) return false;
    for (let i = 0; i < own.length; i++) {
      const item: unknown = own[i];
      if (typeof item === 'string') own[i] = shared(item, strings);
      if (!adopt(parsed[i], item, strings)) return false;
    }
    return true;
  }
  if (Array.isArray(own)) return false;
  const left = parsed as Record<string, unknown>;
  const right = own as Record<string, unknown>;
  let count = 0;
  for (const key in right) {
    const item = right[key];
    if (item === undefined) continue;
    if (typeof item === 'string') right[key] = shared(item, strings);
    if (!adopt(left[key], item, strings)) return false;
    count++;
  }
  for (const key in left) if (left[key] !== undefined) count--;
  return count === 0;
}

/**
 * Points every string value inside `value` at the first equal string seen (equal strings
 * cannot be told apart in JavaScript, so each is written back; the engine keeps the one
 * given).
 */
function shareStrings(value: unknown, strings: Map<string, string>): void {
  // A default the schema filled in may be one object shared by every load; leave those alone.
  if (typeof value !== 'object' || value === null || Object.isFrozen(value)) return;
  const record = value as Record<string, unknown>;
  for (const key in record) {
    const item = record[key];
    if (typeof item === 'string') record[key] = shared(item, strings);
    else shareStrings(item, strings);
  }
}

function shared(text: string, strings: Map<string, string>): string {
  const first = strings.get(text);
  if (first !== undefined) return first;
  strings.set(text, text);
  return text;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return value !== null && typeof value === 'object' && !Array.isArray(value);
}
