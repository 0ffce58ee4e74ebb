import { Position, SmoothStepEdge } from '@xyflow/react';
import type { EdgeProps } from '@xyflow/react';
import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { ConnectionEdge } from './ConnectionEdge';

describe('connections on the canvas', () => {
  it('are drawn exactly as xyflow’s smooth-step connections, whichever way the steps lie', () => {
    const ends = [
      { sourceX: 0, sourceY: 0, targetX: 300.5, targetY: 120.25 },
      { sourceX: 400, sourceY: 80, targetX: 20, targetY: -60 },
      { sourceX: 10, sourceY: 10, targetX: 10, targetY: 10 },
    ];
    for (const at of ends) {
      const props = { ...at, sourcePosition: Position.Right, targetPosition: Position.Left, interactionWidth: 16, style: { stroke: 'red' }, markerEnd: 'url(#end)' };
      // Only what xyflow hands a drawn connection; cast since EdgeProps also lists what neither reads.
      const ours = renderToStaticMarkup(<ConnectionEdge {...(props as unknown as EdgeProps)} />);
      expect(ours).toContain('<path');
      expect(ours).toBe(renderToStaticMarkup(<SmoothStepEdge {...(props as unknown as EdgeProps)} />));
    }
  });
});
