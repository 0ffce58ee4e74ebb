import type { ProfileBehaviours } from '../behaviour';
import { addCommentRun } from './steps/add-comment.run';
import { askQuestionRun } from './steps/ask-question.run';
import { assignToRun } from './steps/assign-to.run';
import { branchRun } from './steps/branch.run';
import { closeConversationRun } from './steps/close-conversation.run';
import { dateTimeRun } from './steps/date-time.run';
import { httpRequestRun } from './steps/http-request.run';
import { jumpToRun } from './steps/jump-to.run';
import { openConversationRun } from './steps/open-conversation.run';
import { sendMessageRun } from './steps/send-message.run';
import { triggerWorkflowRun } from './steps/trigger-workflow.run';
import { unassignRun } from './steps/unassign.run';
import { updateContactFieldRun } from './steps/update-contact-field.run';
import { updateTagsRun } from './steps/update-tags.run';
import { waitRun } from './steps/wait.run';
import { contactFieldUpdatedRun } from './triggers/contact-field-updated.run';
import { contactTagUpdatedRun } from './triggers/contact-tag-updated.run';
import { conversationClosedRun } from './triggers/conversation-closed.run';
import { conversationOpenedRun } from './triggers/conversation-opened.run';
import { incomingWebhookRun } from './triggers/incoming-webhook.run';
import { manualTriggerRun } from './triggers/manual-trigger.run';
import { shortcutRun } from './triggers/shortcut.run';

/** How each conversations type behaves at run time: one `*.run.ts` file beside each type's declaration. */
export const conversationsBehaviours: ProfileBehaviours = {
  conversationOpened: conversationOpenedRun,
  conversationClosed: conversationClosedRun,
  contactTagUpdated: contactTagUpdatedRun,
  contactFieldUpdated: contactFieldUpdatedRun,
  incomingWebhook: incomingWebhookRun,
  manual: manualTriggerRun,
  shortcut: shortcutRun,
  sendMessage: sendMessageRun,
  askQuestion: askQuestionRun,
  branch: branchRun,
  assignTo: assignToRun,
  unassign: unassignRun,
  addComment: addCommentRun,
  updateTags: updateTagsRun,
  updateContactField: updateContactFieldRun,
  openConversation: openConversationRun,
  closeConversation: closeConversationRun,
  dateTime: dateTimeRun,
  httpRequest: httpRequestRun,
  jumpTo: jumpToRun,
  triggerWorkflow: triggerWorkflowRun,
  wait: waitRun,
};
