import { stepBehaviour } from '../../behaviour';
import type { ConfigOf } from '../../behaviour';
import type { businessHours } from './business-hours';

/** The world's answers to `hours` that route a call as closed; anything else (or none) is open. */
const CLOSED_HOURS: readonly string[] = ['closed', 'holiday'];

/**
 * Goes by `open` or `closed` as the schedule says. The schedule is a tenant entity linked by
 * UUID: the flow holds only its reference, not its hours, so whether it is open now is the
 * world's answer (`hours`: open, closed or holiday; a holiday routes as closed). Absent, the
 * business is open, the ordinary answer.
 */
export const businessHoursRun = stepBehaviour<ConfigOf<typeof businessHours>>({
  enter: (run) => ({ next: CLOSED_HOURS.includes(run.world('hours') ?? 'open') ? 'closed' : 'open' }),
});
