import { randomUuid } from '../platform/random-uuid';
import type { Flow } from './flow-schema';

/**
 * A copy of a flow with its own id (ids are stable across tenants, so a copy must not share one):
 * a duplicate, a Save As, or a new flow made from a template, in the editor and the CLI alike.
 */
export function copyOfFlow(flow: Flow, name: string, now = new Date()): Flow {
  const stamp = now.toISOString();
  return { ...flow, id: randomUuid(), name, meta: { ...flow.meta, createdAt: stamp, updatedAt: stamp } };
}
