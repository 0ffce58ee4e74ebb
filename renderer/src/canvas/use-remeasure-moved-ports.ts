import { useUpdateNodeInternals } from '@xyflow/react';
import { useEffect, useRef } from 'react';
import type { Flow } from '../../../shared/format/flow-schema';
import { stepsWithMovedPorts } from './moved-ports';

/**
 * Has xyflow measure again the handles of steps whose ports moved since the flow drawn before.
 * One check per canvas rather than a hook in every step: a large flow draws hundreds of steps,
 * and their ports change only when one of them is edited.
 */
export function useRemeasureMovedPorts(flow: Flow | undefined): void {
  const updateNodeInternals = useUpdateNodeInternals();
  const drawn = useRef(flow);
  useEffect(() => {
    const before = drawn.current;
    drawn.current = flow;
    if (!before || !flow || before === flow) return;
    const moved = stepsWithMovedPorts(before, flow);
    // xyflow measures on the next frame, once the steps have been drawn with their new handles.
    if (moved.length > 0) updateNodeInternals(moved);
  }, [flow, updateNodeInternals]);
}
