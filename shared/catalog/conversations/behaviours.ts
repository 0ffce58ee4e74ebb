import type { ProfileBehaviours } from '../behaviour';
import { askQuestionRun } from './steps/ask-question.run';
import { branchRun } from './steps/branch.run';
import { sendMessageRun } from './steps/send-message.run';
import { conversationOpenedRun } from './triggers/conversation-opened.run';

/** How each conversations type behaves at run time: one `*.run.ts` file beside each type's declaration. */
export const conversationsBehaviours: ProfileBehaviours = {
  conversationOpened: conversationOpenedRun,
  sendMessage: sendMessageRun,
  askQuestion: askQuestionRun,
  branch: branchRun,
};
