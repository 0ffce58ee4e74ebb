import { stepBehaviour } from '../../behaviour';
import type { ConfigOf } from '../../behaviour';
import type { openConversation } from './open-conversation';

/** Opens the conversation with the contact (on its last channel) and goes on. */
export const openConversationRun = stepBehaviour<ConfigOf<typeof openConversation>>({
  enter: (run) => ({ next: 'next', effects: [{ kind: 'conversationOpened', detail: { channel: run.subject.conversation?.channel ?? '' } }] }),
});
