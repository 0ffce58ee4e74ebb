import { UsageError } from './cli-error';
import { printable } from './printable';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** The one tenant flow id a command takes as its argument; anything else is a usage error. */
export function flowIdArgument(positionals: string[], command: string): string {
  const [flowId, ...rest] = positionals;
  if (!flowId || rest.length > 0) throw new UsageError(`${command} takes one flow id`, command);
  if (!UUID.test(flowId)) throw new UsageError(`${printable(flowId)} is not a flow id (a UUID)`, command);
  return flowId;
}
