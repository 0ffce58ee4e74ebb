import type { FlowEdge, FlowNode } from '../format/flow-schema';
import type { StepType } from './types';

/**
 * The starter of a profile whose new flows hold one trigger that needs no configuration, so a
 * flow is valid as soon as it exists. The trigger is named in English, as a flow's stored names are.
 */
export function singleTriggerStarter<Config>(trigger: StepType<Config>): () => { nodes: FlowNode[]; edges: FlowEdge[] } {
  return () => ({
    nodes: [
      {
        id: 'trigger',
        type: trigger.type,
        name: trigger.labels.en,
        position: { x: 0, y: 0 },
        config: { ...(trigger.defaultConfig as Record<string, unknown>) },
      },
    ],
    edges: [],
  });
}
