import { stepBehaviour } from '../../behaviour';
import type { ConfigOf } from '../../behaviour';
import { entityName } from '../call-run';
import type { transfer } from './transfer';

/**
 * Hands the call to the destination, which ends this flow; when the world says the transfer
 * failed (busy, no answer, rejected) the call goes on by `failure`.
 */
export const transferRun = stepBehaviour<ConfigOf<typeof transfer>>({
  enter: (run) => {
    const { destination } = run.config;
    const to = destination.mode === 'phoneNumber' ? destination.phoneNumber : entityName(destination.queue);
    if (run.world('transfer') === 'failed') return { next: 'failure', effects: [{ kind: 'transferFailed', detail: { destination: to } }] };
    return { end: 'handedOver', effects: [{ kind: 'callTransferred', detail: { destination: to } }] };
  },
});
