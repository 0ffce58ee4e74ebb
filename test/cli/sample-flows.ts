// Flow documents with known findings, built from the real starter flows so they follow
// the catalog as it evolves; only the part each test is about is added by hand.
import { createFlow } from '../../shared/catalog/create-flow';
import type { Flow } from '../../shared/format/flow-schema';
import { PACK_FORMAT, PACK_VERSION } from '../../shared/pack/pack-schema';

const FIXED_TIME = new Date('2026-01-15T09:00:00.000Z');

/** A pipeline flow with no findings. */
export function cleanFlow(name = 'Clean pipeline'): Flow {
  return createFlow({ profile: 'pipeline', name, now: FIXED_TIME });
}

/** A pipeline flow whose one extra step has no way in: one NODE_UNREACHABLE warning, no errors. */
export function warningFlow(): Flow {
  const flow = createFlow({ profile: 'pipeline', name: 'Unreachable move', now: FIXED_TIME });
  flow.nodes.push({
    id: 'move',
    type: 'moveCard',
    name: 'Move to Done',
    position: { x: 0, y: 160 },
    config: { active: true, destination: { mode: 'column', column: 'Done' } },
  });
  return flow;
}

/** A pipeline flow with a step type no profile has: a STEP_TYPE_UNKNOWN error at its type, and NODE_UNREACHABLE. */
export function errorFlow(nodeName = 'Mystery step'): Flow {
  const flow = createFlow({ profile: 'pipeline', name: 'Unknown step', now: FIXED_TIME });
  flow.nodes.push({ id: 'mystery', type: 'no-such-step', name: nodeName, position: { x: 0, y: 160 }, config: {} });
  return flow;
}

/** Two conversations workflows that start each other: fine alone, LOOP_CROSS_FLOW together. */
export function loopingFlows(): [Flow, Flow] {
  const ping = createFlow({ profile: 'conversations', name: 'Ping', id: '0f6b7c2a-1d55-4a8e-9f0e-2b1c3d4e5f60', now: FIXED_TIME });
  const pong = createFlow({ profile: 'conversations', name: 'Pong', id: '5a4b3c2d-1e0f-4a9b-8c7d-6e5f4a3b2c1d', now: FIXED_TIME });
  for (const [from, to] of [
    [ping, pong],
    [pong, ping],
  ] as const) {
    from.nodes.push({
      id: 'start-other',
      type: 'triggerWorkflow',
      name: `Start ${to.name}`,
      position: { x: 0, y: 160 },
      config: { flow: { $ref: 'flow', id: to.id, name: to.name } },
    });
    from.edges.push({ id: 'to-start-other', source: from.nodes[0]!.id, sourcePort: 'next', target: 'start-other' });
  }
  return [ping, pong];
}

/** The text of a pack holding these flows. */
export function packText(flows: readonly Flow[]): string {
  const pack = {
    format: PACK_FORMAT,
    version: PACK_VERSION,
    manifest: {
      name: 'Test pack',
      profile: flows[0]!.profile,
      createdAt: FIXED_TIME.toISOString(),
      generator: 'flowpack-studio/test',
    },
    flows,
  };
  return JSON.stringify(pack, null, 2) + '\n';
}
