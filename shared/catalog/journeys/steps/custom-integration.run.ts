import { stepBehaviour } from '../../behaviour';
import type { ConfigOf } from '../../behaviour';
import type { customIntegration } from './custom-integration';

/**
 * Sends the contact's data to the endpoint and goes on. The step has one way out and nothing
 * in the journey reads the answer, so the run does not wait for it: the platforms document no
 * failure branch, and we record the call rather than hold the contact.
 */
export const customIntegrationRun = stepBehaviour<ConfigOf<typeof customIntegration>>({
  enter: (run) => ({
    next: 'next',
    effects: [{ kind: 'integrationCalled', detail: { url: run.config.url, payload: run.fill(run.config.payload) } }],
  }),
});
