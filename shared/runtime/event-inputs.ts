import type { RunEvent, RunInput } from '../catalog/behaviour';

/**
 * What a platform event gives a run waiting for it: a message from the contact
 * (`message.received` with `data.text`) is the reply a question waits for, keys pressed on a call
 * (`call.digits` with `data.digits`) are the digits a menu waits for. The platforms do not
 * document events by name; these are the names the tenant API accepts (docs/TENANT-API.md, Runs).
 * Undefined for any other event: it only starts flows.
 */
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
