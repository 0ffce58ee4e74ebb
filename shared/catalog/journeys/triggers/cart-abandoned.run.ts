import { triggerBehaviour } from '../../behaviour';
import type { ConfigOf, RunEvent } from '../../behaviour';
import type { cartAbandoned } from './cart-abandoned';

/** The event a shop raises for a cart with no activity; `idleMinutes` says for how long. */
export const CART_ABANDONED_EVENT = 'cart.abandoned';

/**
 * Enrols the contact once their cart has been idle for the trigger's minutes. The platforms do
 * not say how the idle time reaches a journey; we take it from the event, and an event that
 * does not say is the shop's own verdict that the cart is abandoned.
 */
export const cartAbandonedRun = triggerBehaviour<ConfigOf<typeof cartAbandoned>>({
  starts: (config, event) => {
    if (event.event !== CART_ABANDONED_EVENT) return false;
    const idle = event.data?.idleMinutes;
    return typeof idle !== 'number' || idle >= config.afterMinutes;
  },
  sampleEvent: (config): RunEvent => ({ event: CART_ABANDONED_EVENT, data: { idleMinutes: config.afterMinutes } }),
});
