import { singleTriggerStarter } from '../starter';
import type { ProfileCatalog } from '../types';
import { PIPELINE_REF_DEFAULTS } from './ref-policies';
import { addTags } from './steps/add-tags';
import { createTask } from './steps/create-task';
import { moveCard } from './steps/move-card';
import { publishToClientFeed } from './steps/publish-to-client-feed';
import { sendEmail } from './steps/send-email';
import { setCustomField } from './steps/set-custom-field';
import { cardCreated } from './triggers/card-created';
import { cardEnteredColumn } from './triggers/card-entered-column';
import { catalogTexts } from '../catalog-texts';

const text = catalogTexts('pipeline', 'profile');

/**
 * Kanban pipelines with column automations. A flow may react to several events (one
 * trigger each); its metric is not a node but `entities.metric` of the document.
 */
export const pipelineCatalog: ProfileCatalog = {
  profile: 'pipeline',
  labels: text('label'),
  kinds: ['standard'],
  triggers: { min: 1, max: 50 },
  // The platform documents no limits on automations per flow.
  limits: {},
  types: [cardEnteredColumn, cardCreated, addTags, setCustomField, createTask, sendEmail, publishToClientFeed, moveCard],
  refDefaults: PIPELINE_REF_DEFAULTS,
  // "Card created" needs no configuration, so a new flow is valid as soon as it exists.
  starter: singleTriggerStarter(cardCreated),
};
