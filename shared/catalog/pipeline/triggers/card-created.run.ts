import { heardIn, triggerBehaviour } from '../../behaviour';
import type { ConfigOf, RunEvent } from '../../behaviour';
import { cardCreated } from './card-created';

/** Runs the automations of a new card of the pipeline. */
export const cardCreatedRun = triggerBehaviour<ConfigOf<typeof cardCreated>>({
  starts: (config, event) => heardIn(cardCreated.listens!(config), event),
  sampleEvent: (): RunEvent => ({ event: 'card.created' }),
});
