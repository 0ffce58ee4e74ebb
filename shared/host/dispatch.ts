import { HOST_CALLS } from './contract';
import type { HostCallName, HostHandlers, HostResponse } from './contract';
import { HostError } from './host-error';

export function isHostCallName(name: string): name is HostCallName {
  return Object.prototype.hasOwnProperty.call(HOST_CALLS, name);
}

/**
 * Runs one call for a transport (IPC or HTTP): checks the name, parses the arguments with
 * the contract's schema, runs the handler, and turns every outcome into a response. A
 * handler's HostError passes through; anything else becomes INTERNAL without internals.
 */
export async function dispatchHostCall(
  handlers: HostHandlers,
  name: string,
  rawArgs: unknown,
  reportInternal: (name: string, error: unknown) => void = () => {},
): Promise<HostResponse<unknown>> {
  if (!isHostCallName(name)) return { ok: false, error: { code: 'UNKNOWN_CALL', message: `unknown call "${name}"` } };
  const parsed = HOST_CALLS[name].args.safeParse(rawArgs ?? {});
  if (!parsed.success) {
    const detail = parsed.error.issues.map((issue) => `${issue.path.join('.') || 'arguments'}: ${issue.message}`).join('; ');
    return { ok: false, error: { code: 'INVALID_ARGS', message: `${name}: ${detail}` } };
  }
  try {
    const handler = handlers[name] as (args: unknown) => Promise<unknown>;
    return { ok: true, result: await handler(parsed.data) };
  } catch (error) {
    if (error instanceof HostError) return { ok: false, error: error.toBody() };
    reportInternal(name, error);
    return { ok: false, error: { code: 'INTERNAL', message: `${name} failed unexpectedly` } };
  }
}
