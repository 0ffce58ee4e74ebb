import { flowSchema } from '../../format/flow-schema';
import type { Flow } from '../../format/flow-schema';
import type { FlowKind, Profile } from '../../format/profiles';
import type { Subject } from '../../catalog/behaviour';

/** A step of a test flow: id, type and config. */
export type TestNode = readonly [id: string, type: string, config?: Record<string, unknown>];
/** A connection of a test flow: from a node's port to a node. */
export type TestEdge = readonly [source: string, port: string, target: string];

let flowCount = 0;

/** A flow for a runtime test, written as its steps and connections; the flow format's schema checks it. */
export function flowOf(profile: Profile, nodes: readonly TestNode[], edges: readonly TestEdge[], kind: FlowKind = profile === 'contact-center' ? 'customer' : 'standard', id?: string): Flow {
  flowCount += 1;
  return flowSchema.parse({
    format: 'flowpack.flow',
    version: 1,
    id: id ?? `00000000-0000-4000-8000-${String(flowCount).padStart(12, '0')}`,
    name: `Test flow ${flowCount}`,
    profile,
    kind,
    nodes: nodes.map(([nodeId, type, config = {}], index) => ({ id: nodeId, type, name: nodeId, position: { x: index * 280, y: 0 }, config })),
    edges: edges.map(([source, port, target]) => ({ id: `${source}.${port}`, source, sourcePort: port, target })),
  });
}

/** A contact to run flows for. */
export function contact(overrides: Partial<Subject> = {}): Subject {
  return { id: 'contact-1', name: 'Ana Souza', fields: {}, tags: [], conversation: { open: true, channel: 'WhatsApp' }, ...overrides };
}

/** 2026-01-05 09:00 UTC, a Monday: where test clocks start. */
export const MONDAY_MORNING = Date.UTC(2026, 0, 5, 9, 0, 0);
export const SECOND = 1000;
export const MINUTE = 60 * SECOND;
export const HOUR = 60 * MINUTE;
export const DAY = 24 * HOUR;
