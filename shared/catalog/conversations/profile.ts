import type { ProfileCatalog } from '../types';
import { singleTriggerStarter } from '../starter';
import { CONVERSATIONS_REF_DEFAULTS } from './ref-policies';
import { addComment } from './steps/add-comment';
import { addRemoveTags } from './steps/update-tags';
import { askQuestion } from './steps/ask-question';
import { assignTo } from './steps/assign-to';
import { unassign } from './steps/unassign';
import { branch } from './steps/branch';
import { closeConversation } from './steps/close-conversation';
import { openConversation } from './steps/open-conversation';
import { dateTime } from './steps/date-time';
import { jumpTo } from './steps/jump-to';
import { triggerWorkflow } from './steps/trigger-workflow';
import { wait } from './steps/wait';
import { httpRequest } from './steps/http-request';
import { sendMessage } from './steps/send-message';
import { updateContactField } from './steps/update-contact-field';
import { contactFieldUpdated } from './triggers/contact-field-updated';
import { contactTagUpdated } from './triggers/contact-tag-updated';
import { conversationClosed } from './triggers/conversation-closed';
import { conversationOpened } from './triggers/conversation-opened';
import { incomingWebhook } from './triggers/incoming-webhook';
import { manualTrigger } from './triggers/manual-trigger';
import { shortcut } from './triggers/shortcut';
import { catalogTexts } from '../catalog-texts';

const text = catalogTexts('conversations', 'profile');

/**
 * Messaging CRM workflows: exactly one trigger followed by steps. The limits are the
 * platform's: 100 steps per workflow, 400 KB per imported file, 100 workflows per workspace.
 */
export const conversationsCatalog: ProfileCatalog = {
  profile: 'conversations',
  labels: text('label'),
  kinds: ['standard'],
  triggers: { min: 1, max: 1 },
  limits: { maxSteps: 100, maxBytes: 400 * 1024, maxFlows: 100 },
  types: [
    conversationOpened,
    conversationClosed,
    contactTagUpdated,
    contactFieldUpdated,
    incomingWebhook,
    shortcut,
    manualTrigger,
    sendMessage,
    askQuestion,
    assignTo,
    unassign,
    branch,
    updateContactField,
    addRemoveTags,
    openConversation,
    closeConversation,
    addComment,
    httpRequest,
    wait,
    jumpTo,
    triggerWorkflow,
    dateTime,
  ],
  refDefaults: CONVERSATIONS_REF_DEFAULTS,
  // The manual trigger needs no configuration, so a new workflow is valid from the start.
  starter: singleTriggerStarter(manualTrigger),
};
