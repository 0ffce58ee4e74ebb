import { stepBehaviour } from '../../behaviour';
import type { ConfigOf, StepResult } from '../../behaviour';
import type { assignTo } from './assign-to';

type AssignToConfig = ConfigOf<typeof assignTo>;

/**
 * The world's `team` answer at an assignment: `empty` when nobody is in the team (or the
 * workspace), `busy` when nobody meets the assignment logic yet (everyone offline or at
 * capacity), or the name of the agent the logic picks at once. Absent, nobody has been picked
 * yet: the step waits and an `agent` input says who took the conversation, as a simulator asks.
 */
export const TEAM_EMPTY = 'empty';
export const TEAM_BUSY = 'busy';

const assigned = (assignee: string): StepResult => ({ next: 'assigned', effects: [{ kind: 'assigned', detail: { assignee } }] });

/**
 * Assigns the conversation by the step's logic (a user, round robin or fewest open in a team or
 * the workspace, online only, a maximum of open conversations); who meets that logic is the
 * world's answer, never computed here.
 *
 * - Nobody in the team: the contact is left unassigned and goes on by the main port
 *   (conversations-workflows.es.txt: "El contacto no será asignado y pasará al siguiente paso").
 * - Nobody meeting the logic: it waits up to its timeout, seven days unless set, then goes by
 *   `timeout` ("El paso Asignar a tiene un período de tiempo de espera predeterminado de 7 días").
 * - A specific user is assigned at once unless the world says the user is busy.
 */
export const assignToRun = stepBehaviour<AssignToConfig>({
  enter: (run) => {
    const answer = run.world('team');
    if (run.config.mode !== 'user' && answer === TEAM_EMPTY) return { next: 'assigned' };
    if (answer !== undefined && answer !== TEAM_BUSY && answer !== TEAM_EMPTY) return assigned(answer);
    const user = run.config.user?.name ?? run.config.user?.id;
    if (run.config.mode === 'user' && user !== undefined && answer !== TEAM_BUSY) return assigned(user);
    return { wait: 'agent', deadline: run.now + run.config.timeout * 1000 };
  },
  resume: (_run, input) => {
    if (input.kind === 'agent') return assigned(input.name);
    return { next: 'timeout' };
  },
});
