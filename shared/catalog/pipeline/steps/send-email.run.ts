import type { ConfigOf, Subject } from '../../behaviour';
import { isPlaceholder } from '../../../format/entity-ref';
import { automationBehaviour } from '../automation-run';
import type { sendEmail } from './send-email';

type Recipient = ConfigOf<typeof sendEmail>['recipients'][number];

/**
 * Who receives the email: addresses as written, the card's contacts by name (every linked
 * contact: the e-mail, unlike the client feed, is not restricted to people), and the card
 * leader and creator by role, since the run does not know who they are.
 */
function recipientsOf(recipients: readonly Recipient[], subject: Subject): string[] {
  const names = recipients.flatMap((recipient) =>
    recipient === 'cardContacts' ? (subject.card?.links ?? []).map((link) => link.name) : [recipient],
  );
  return [...new Set(names)];
}

/**
 * Sends the email about the card. Without a sender nothing is sent: the platform installs
 * imported ones "sem um usuário selecionado (autor ou remetente do e-mail)" and the importer
 * "precisará entrar na configuração da automação para selecionar um remetente"
 * (pipeline-export.pt.txt).
 */
export const sendEmailRun = automationBehaviour<ConfigOf<typeof sendEmail>>((run) => {
  const sender = run.config.sender;
  if (!sender || isPlaceholder(sender)) return { next: 'next' };
  return {
    next: 'next',
    effects: [
      {
        kind: 'emailSent',
        detail: {
          from: sender.name ?? sender.id ?? '',
          to: recipientsOf(run.config.recipients, run.subject),
          subject: run.fill(run.config.subject),
          body: run.fill(run.config.message),
        },
      },
    ],
  };
});
