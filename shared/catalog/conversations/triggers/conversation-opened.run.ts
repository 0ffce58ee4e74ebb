import { heardIn, triggerBehaviour } from '../../behaviour';
import type { ConfigOf, RunEvent } from '../../behaviour';
import { conversationOpened } from './conversation-opened';

/** Starts on a conversation opening, on one of the chosen channels when some are chosen. */
export const conversationOpenedRun = triggerBehaviour<ConfigOf<typeof conversationOpened>>({
  starts: (config, event) =>
    heardIn(conversationOpened.listens!(config), event) &&
    (config.channels.length === 0 || config.channels.some((channel) => channel.name !== undefined && channel.name === event.data?.channel)),
  sampleEvent: (config): RunEvent => {
    const channel = config.channels[0]?.name;
    return { event: 'conversation.opened', data: channel === undefined ? {} : { channel } };
  },
});
