import type { ConfigOf } from '../../behaviour';
import { isPlaceholder } from '../../../format/entity-ref';
import { automationBehaviour } from '../automation-run';
import type { publishToClientFeed } from './publish-to-client-feed';

/**
 * Posts the message to the card's client feed, where only the person contacts linked to the
 * card see it (pipeline-client-feed.pt.txt: "apenas os contatos do tipo PESSOA que estiverem
 * vinculados ao card que terão acesso a estas publicações"); linked companies do not. An
 * automation without an author posts nothing: the platform installs imported ones "sem um
 * usuário selecionado (autor ou remetente do e-mail)" (pipeline-export.pt.txt) until one is chosen.
 */
export const publishToClientFeedRun = automationBehaviour<ConfigOf<typeof publishToClientFeed>>((run) => {
  if (isPlaceholder(run.config.author)) return { next: 'next' };
  const recipients = (run.subject.card?.links ?? []).filter((link) => link.kind === 'person').map((link) => link.name);
  return {
    next: 'next',
    effects: [{ kind: 'feedPosted', detail: { message: run.fill(run.config.message), author: run.config.author.name ?? run.config.author.id ?? '', recipients } }],
  };
});
