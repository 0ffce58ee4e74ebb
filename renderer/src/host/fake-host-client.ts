import type { HostCallName, HostEventName } from '../../../shared/host/contract';
import type { HostClient } from './host-client';

/**
 * For tests of a feature's actions: a host that answers each call from `answers` (a value, or a
 * function of the arguments), records what it was asked, and lets a test send events.
 */
export function fakeHostClient(answers: Partial<Record<HostCallName, unknown>>) {
  const calls: { name: HostCallName; args: unknown }[] = [];
  const listeners = new Map<string, Set<(payload: unknown) => void>>();
  const client: HostClient = {
    call: async (name, args) => {
      calls.push({ name, args });
      if (!(name in answers)) throw new Error(`unexpected host call ${name}`);
      const answer = answers[name];
      return (typeof answer === 'function' ? await answer(args) : answer) as never;
    },
    on: (event, listener) => {
      const set = listeners.get(event) ?? new Set();
      listeners.set(event, set);
      set.add(listener as (payload: unknown) => void);
      return () => set.delete(listener as (payload: unknown) => void);
    },
  };
  const emit = (event: HostEventName, payload: unknown) => listeners.get(event)?.forEach((listener) => listener(payload));
  const listening = (event: HostEventName) => listeners.get(event)?.size ?? 0;
  return { client, calls, emit, listening };
}
