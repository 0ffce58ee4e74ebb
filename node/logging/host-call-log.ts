import type { HostCallName, HostHandlers } from '../../shared/host/contract';
import { HostError } from '../../shared/host/host-error';
import type { SupportLog } from './support-log';

/**
 * The calls made so often that a line each would push everything else out of the log (the
 * recovery journal is written as someone types, searches run on each key, the live view asks
 * every few seconds). Their failures are still written.
 */
const QUIET_WHEN_OK: ReadonlySet<HostCallName> = new Set<HostCallName>(['recovery:write', 'workspace:search', 'tenants:liveView']);

/** How many stack frames an unexpected failure keeps: where it happened, not the whole road there. */
const STACK_FRAMES = 4;

/**
 * The host's handlers, each writing to the support log what it was asked (the call's name), how
 * long it took, and how it ended: `ok`, the host error's code (`CONFLICT`, `REMOTE`...), or for an
 * unexpected failure `INTERNAL` with the error's class and where it was thrown. Never the
 * arguments (a flow's text, a token) or an error's message (it may quote either).
 */
export function withHostCallLog<H extends Partial<HostHandlers>>(handlers: H, log: SupportLog, now: () => number = Date.now): H {
  const logged = {} as Record<HostCallName, (args: unknown) => Promise<unknown>>;
  for (const name of Object.keys(handlers) as (HostCallName & keyof H)[]) {
    const handler = handlers[name] as unknown as (args: unknown) => Promise<unknown>;
    logged[name] = async (args) => {
      const started = now();
      try {
        const result = await handler(args);
        if (!QUIET_WHEN_OK.has(name)) log.write('host-call', { name, outcome: 'ok', ms: now() - started });
        return result;
      } catch (error) {
        log.write('host-call', { name, outcome: 'failed', ms: now() - started, ...failureFields(error) });
        throw error;
      }
    };
  }
  return logged as unknown as H;
}

/** What a failure tells support without its message: its code, or its class and where it was thrown. */
export function failureFields(error: unknown): { code: string; error?: string; at?: string } {
  if (error instanceof HostError) return { code: error.code };
  const name = error instanceof Error ? error.constructor.name : typeof error;
  const systemCode = (error as { code?: unknown } | null)?.code;
  return {
    code: 'INTERNAL',
    error: typeof systemCode === 'string' && /^[A-Z][A-Z0-9_]{1,40}$/.test(systemCode) ? `${name} ${systemCode}` : name,
    ...(error instanceof Error && typeof error.stack === 'string' ? { at: stackFrames(error.stack) } : {}),
  };
}

/** The frames of a stack without its first line, which is the message. */
function stackFrames(stack: string): string {
  return stack
    .split('\n')
    .filter((line) => /^\s+at /.test(line))
    .slice(0, STACK_FRAMES)
    .map((line) => line.trim().slice(3))
    .join(' < ');
}
