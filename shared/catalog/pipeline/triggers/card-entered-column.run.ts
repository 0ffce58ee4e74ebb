import { heardIn, triggerBehaviour } from '../../behaviour';
import type { ConfigOf, RunEvent } from '../../behaviour';
import { cardEnteredColumn, enteredColumnEvent } from './card-entered-column';

/** Runs the automations of the column a card enters: that column's, not another's. */
export const cardEnteredColumnRun = triggerBehaviour<ConfigOf<typeof cardEnteredColumn>>({
  starts: (config, event) => heardIn(cardEnteredColumn.listens!(config), event),
  sampleEvent: (config): RunEvent => ({ event: enteredColumnEvent(config.column) }),
});
