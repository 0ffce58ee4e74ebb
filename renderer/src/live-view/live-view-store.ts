import { create } from 'zustand';
import type { HostResult } from '../../../shared/host/contract';
import type { LiveViewActions } from './live-view-actions';

export type LiveViewReading = HostResult<'tenants:liveView'>;

export interface LiveViewState {
  /** The flow shown live (its workspace id), or none while the live view is closed. */
  flowId: string | undefined;
  connections: { id: string; name: string }[] | undefined;
  connectionId: string | undefined;
  /** The last reading; kept while the next one loads, so the counts never blink. */
  reading: LiveViewReading | undefined;
  /** Why the last read failed (the last good reading stays shown). */
  error: unknown;
  loading: boolean;
  /** When the last reading arrived (ms since the epoch). */
  readAt: number | undefined;
  open(flowId: string): Promise<void>;
  choose(connectionId: string): Promise<void>;
  /** Reads the statistics again; does nothing while a read is under way. */
  refresh(): Promise<void>;
  close(): void;
}

/**
 * The live view of the open flow on a tenant: which connection it reads from and the latest
 * statistics. Answers that arrive after the user closed the view or chose another tenant are
 * dropped, so a slow tenant never paints another's figures.
 */
export function createLiveViewStore(actions: LiveViewActions, now: () => number = Date.now) {
  return create<LiveViewState>()((set, get) => {
    let generation = 0;

    async function read(): Promise<void> {
      const { flowId, connectionId } = get();
      if (!flowId || !connectionId) return;
      const mine = generation;
      set({ loading: true });
      try {
        const reading = await actions.liveView(connectionId, flowId);
        if (mine === generation) set({ reading, error: undefined, loading: false, readAt: now() });
      } catch (error) {
        if (mine === generation) set({ error, loading: false });
      }
    }

    return {
      flowId: undefined,
      connections: undefined,
      connectionId: undefined,
      reading: undefined,
      error: undefined,
      loading: false,
      readAt: undefined,
      async open(flowId) {
        generation += 1;
        const mine = generation;
        set({ flowId, reading: undefined, error: undefined, readAt: undefined });
        try {
          const connections = await actions.connections();
          if (mine !== generation) return;
          const kept = get().connectionId;
          const connectionId = connections.some((connection) => connection.id === kept) ? kept : connections[0]?.id;
          set({ connections, connectionId });
          await read();
        } catch (error) {
          if (mine === generation) set({ error });
        }
      },
      async choose(connectionId) {
        generation += 1;
        set({ connectionId, reading: undefined, error: undefined, readAt: undefined });
        await read();
      },
      async refresh() {
        if (!get().loading) await read();
      },
      close() {
        generation += 1;
        set({ flowId: undefined, reading: undefined, error: undefined, loading: false, readAt: undefined });
      },
    };
  });
}
