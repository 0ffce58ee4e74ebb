import { stepBehaviour } from '../../behaviour';
import type { ConfigOf } from '../../behaviour';
import type { unassign } from './unassign';

/** Removes the conversation's assignee and goes on; a conversation nobody is assigned to stays as it is. */
export const unassignRun = stepBehaviour<ConfigOf<typeof unassign>>({
  enter: (run) => ({ next: 'next', effects: run.subject.conversation?.assignee === undefined ? [] : [{ kind: 'unassigned', detail: { assignee: run.subject.conversation.assignee } }] }),
});
