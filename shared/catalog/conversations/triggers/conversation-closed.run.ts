import { heardIn, triggerBehaviour } from '../../behaviour';
import type { ConfigOf, RunEvent } from '../../behaviour';
import { conversationClosed } from './conversation-closed';

/** Starts when a conversation closes, with one of the chosen closing categories when some are chosen (`data.category`). */
export const conversationClosedRun = triggerBehaviour<ConfigOf<typeof conversationClosed>>({
  starts: (config, event) =>
    heardIn(conversationClosed.listens!(config), event) &&
    (config.categories.length === 0 || config.categories.some((category) => category === event.data?.category)),
  sampleEvent: (config): RunEvent => {
    const category = config.categories[0];
    return { event: 'conversation.closed', data: category === undefined ? {} : { category } };
  },
});
