import { t } from '../labels';
import type { ProfileCatalog } from '../types';
import { CONVERSATIONS_REF_DEFAULTS } from './ref-policies';
import { addComment } from './steps/add-comment';
import { addRemoveTags } from './steps/update-tags';
import { askQuestion } from './steps/ask-question';
import { assignTo, unassign } from './steps/assign-to';
import { branch } from './steps/branch';
import { closeConversation, openConversation } from './steps/open-conversation';
import { dateTime } from './steps/date-time';
import { jumpTo, triggerWorkflow, wait } from './steps/wait';
import { httpRequest } from './steps/http-request';
import { sendMessage } from './steps/send-message';
import { updateContactField } from './steps/update-contact-field';
import { contactFieldUpdated, contactTagUpdated } from './triggers/contact-tag-updated';
import { conversationClosed, conversationOpened } from './triggers/conversation-opened';
import { incomingWebhook, manualTrigger, shortcut } from './triggers/incoming-webhook';

/**
 * Messaging CRM workflows: exactly one trigger followed by steps. The limits are the
 * platform's: 100 steps per workflow, 400 KB per imported file, 100 workflows per workspace.
 */
export const conversationsCatalog: ProfileCatalog = {
  profile: 'conversations',
  labels: t('Conversations', 'Conversas', 'Conversaciones'),
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
  starter: () => ({
    nodes: [
      {
        id: 'trigger',
        type: manualTrigger.type,
        name: manualTrigger.labels.en,
        position: { x: 0, y: 0 },
        config: { ...manualTrigger.defaultConfig },
      },
    ],
    edges: [],
  }),
};
