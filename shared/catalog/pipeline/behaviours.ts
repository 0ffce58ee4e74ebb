import type { ProfileBehaviours } from '../behaviour';
import { addTagsRun } from './steps/add-tags.run';
import { createTaskRun } from './steps/create-task.run';
import { moveCardRun } from './steps/move-card.run';
import { publishToClientFeedRun } from './steps/publish-to-client-feed.run';
import { sendEmailRun } from './steps/send-email.run';
import { setCustomFieldRun } from './steps/set-custom-field.run';
import { cardCreatedRun } from './triggers/card-created.run';
import { cardEnteredColumnRun } from './triggers/card-entered-column.run';

/** How each pipeline type behaves at run time: one `*.run.ts` file beside each type's declaration. */
export const pipelineBehaviours: ProfileBehaviours = {
  cardEnteredColumn: cardEnteredColumnRun,
  cardCreated: cardCreatedRun,
  addTags: addTagsRun,
  setCustomField: setCustomFieldRun,
  createTask: createTaskRun,
  sendEmail: sendEmailRun,
  publishToClientFeed: publishToClientFeedRun,
  moveCard: moveCardRun,
};
