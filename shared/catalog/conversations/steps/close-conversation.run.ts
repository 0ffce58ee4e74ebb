import { stepBehaviour } from '../../behaviour';
import type { ConfigOf } from '../../behaviour';
import type { closeConversation } from './close-conversation';

/**
 * Closes the conversation with its category and note, and goes on by `next`.
 *
 * The page says a workflow "sólo terminará si la conversación cierra en el Módulo de Flujos de
 * Trabajo" (conversations-workflows.es.txt), and in another answer that a question may be asked
 * after a close step ("Si agrego un paso para hacer una pregunta después [...] Paso de cierre de
 * conversación"). Both hold when the close step closes the conversation and the run ends where
 * the close step's branch ends: with nothing connected to `next` the workflow ends here, with a
 * step connected (a survey) it goes on, with the conversation closed.
 */
export const closeConversationRun = stepBehaviour<ConfigOf<typeof closeConversation>>({
  enter: (run) => ({
    next: 'next',
    effects: [{ kind: 'conversationClosed', detail: { category: run.config.category, note: run.fill(run.config.note) } }],
  }),
});
