import { triggerBehaviour } from '../../behaviour';
import type { ConfigOf, RunEvent } from '../../behaviour';
import type { incomingWebhook } from './incoming-webhook';

/** The event an outside system's post to a workflow's webhook address becomes; it names the workflow (`ref`). */
export const WEBHOOK_RECEIVED = 'webhook.received';

/**
 * Starts when the workflow's webhook receives a post that identifies the contact: the posted
 * JSON's `identifierKey` (in `data`) holds the phone, e-mail or contact id. A post without it
 * names no contact and starts nothing.
 */
export const incomingWebhookRun = triggerBehaviour<ConfigOf<typeof incomingWebhook>>({
  starts: (config, event) => event.event === WEBHOOK_RECEIVED && config.identifierKey !== '' && event.data?.[config.identifierKey] !== undefined,
  sampleEvent: (config): RunEvent => ({
    event: WEBHOOK_RECEIVED,
    data: { [config.identifierKey || 'phone']: config.identifier === 'email' ? 'ana@example.com' : config.identifier === 'phone' ? '+5511999990000' : 'contact-1' },
  }),
});
