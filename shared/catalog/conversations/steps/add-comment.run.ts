import { stepBehaviour } from '../../behaviour';
import type { ConfigOf } from '../../behaviour';
import type { addComment } from './add-comment';

/** Adds an internal note to the conversation (agents see it, the contact never does) and goes on. */
export const addCommentRun = stepBehaviour<ConfigOf<typeof addComment>>({
  enter: (run) => ({ next: 'next', effects: [{ kind: 'commentAdded', detail: { text: run.fill(run.config.text) } }] }),
});
