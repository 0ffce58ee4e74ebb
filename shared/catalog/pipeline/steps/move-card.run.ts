import type { ConfigOf, EffectDetail } from '../../behaviour';
import { automationBehaviour } from '../automation-run';
import type { moveCard } from './move-card';

/**
 * Moves the card to the column (of this pipeline, or of another flow) and goes on. The run
 * reads the card's new column from then on; the automations of the column it enters are runs
 * of their own, started by the event the move raises, not steps of this one.
 */
export const moveCardRun = automationBehaviour<ConfigOf<typeof moveCard>>((run) => {
  const destination = run.config.destination;
  const column = destination.column.trim();
  const detail: EffectDetail = destination.mode === 'flow' ? { column, flow: destination.flow.name ?? destination.flow.id ?? '' } : { column };
  return { next: 'next', effects: [{ kind: 'cardMoved', detail }] };
});
