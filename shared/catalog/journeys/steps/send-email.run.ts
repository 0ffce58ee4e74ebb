import { stepBehaviour } from '../../behaviour';
import type { ConfigOf } from '../../behaviour';
import type { sendEmail } from './send-email';

/**
 * Sends the email to the contact and goes on. The journeys page says nothing about emails that
 * bounce; sending is handing the email over, so the contact goes on to the next step either way.
 */
export const sendEmailRun = stepBehaviour<ConfigOf<typeof sendEmail>>({
  enter: (run) => ({
    next: 'next',
    effects: [
      {
        kind: 'emailSent',
        detail: {
          to: run.subject.name,
          from: run.config.senderEmail,
          subject: run.fill(run.config.subject),
          body: run.fill(run.config.body),
        },
      },
    ],
  }),
});
