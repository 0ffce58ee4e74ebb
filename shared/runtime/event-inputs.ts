import type { RunEvent, RunInput } from '../catalog/behaviour';

/**
 * The platform events that resume a waiting run, and what they give it: a message from the
 * contact is the reply a question waits for, keys pressed on a call are the digits a menu waits
 * for. The platforms do not document events by name; these are the names the tenant API accepts
 * (docs/TENANT-API.md, Events). Any other event only starts flows.
 */
export const RESUMING_EVENTS = {
  'message.received': 'reply',
  'call.digits': 'digits',
} as const satisfies Record<string, RunInput['kind']>;

/** What `event` gives a run waiting for it, or undefined when it resumes no run. */
export function resumeInputOf(event: RunEvent): RunInput | undefined {
  if (event.event === 'message.received') {
    const text = event.data?.text;
    return typeof text === 'string' ? { kind: 'reply', text } : undefined;
  }
  if (event.event === 'call.digits') {
    const digits = event.data?.digits;
    return typeof digits === 'string' || typeof digits === 'number' ? { kind: 'digits', digits: String(digits) } : undefined;
  }
  return undefined;
}
