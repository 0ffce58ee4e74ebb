import type { ConfigOf } from '../../behaviour';
import { automationBehaviour } from '../automation-run';
import type { createTask } from './create-task';

const DAY_MS = 24 * 60 * 60 * 1000;

/**
 * Creates the task on the card, due so many days after the run reaches it. The card leader is
 * named by role, since who leads a card is the card's business; a task whose user was lost on
 * import is created without an assignee (pipeline-export.pt.txt: "porém sem responsável, que
 * deverá ser selecionado pela organização que está importando").
 */
export const createTaskRun = automationBehaviour<ConfigOf<typeof createTask>>((run) => {
  const assignee = run.config.assignee.mode === 'cardLeader' ? 'cardLeader' : (run.config.assignee.user.name ?? run.config.assignee.user.id ?? '');
  return {
    next: 'next',
    effects: [
      {
        kind: 'taskCreated',
        detail: {
          title: run.fill(run.config.title),
          assignee,
          due: new Date(run.now + run.config.dueInDays * DAY_MS).toISOString().slice(0, 10),
        },
      },
    ],
  };
});
