import { create } from 'zustand';
import type { WorkspaceSnapshot } from '../../../shared/host/contract';
import { hostClient } from '../host/host-client';

/** The workspace the library shows, as the host last listed it. */
export interface WorkspaceState {
  snapshot: WorkspaceSnapshot | null;
  /** `loading` only before the first snapshot; later refreshes keep showing the last one. */
  status: 'loading' | 'ready' | 'error';
  /** Why the workspace could not be listed, when status is `error`. */
  error: string | null;
  /** Lists the workspace again (after our own changes, or when the host says files changed). */
  load(): Promise<void>;
  /** Desktop only: asks for another folder with the native dialog and switches to it. */
  choose(): Promise<boolean>;
}

/**
 * The library's store. A listing that was overtaken by a newer request is dropped, so a slow
 * answer never replaces a fresher one.
 */
export const useWorkspace = create<WorkspaceState>()((set) => {
  let requestSeq = 0;
  return {
    snapshot: null,
    status: 'loading',
    error: null,
    async load() {
      const seq = ++requestSeq;
      try {
        const snapshot = await hostClient.call('workspace:get', {});
        if (seq === requestSeq) set({ snapshot, status: 'ready', error: null });
      } catch (error) {
        if (seq === requestSeq) set((state) => ({ status: state.snapshot ? 'ready' : 'error', error: messageOf(error) }));
      }
    },
    async choose() {
      const snapshot = await hostClient.call('workspace:choose', {});
      if (!snapshot) return false;
      requestSeq++;
      set({ snapshot, status: 'ready', error: null });
      return true;
    },
  };
});

function messageOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

/**
 * Coalesces bursts of change events (a save touches a file, its backup and the summary
 * cache) into one listing, `delayMs` after the last of them.
 */
export function createRefreshScheduler(refresh: () => void, delayMs = 150): { schedule(): void; cancel(): void } {
  let timer: ReturnType<typeof setTimeout> | null = null;
  return {
    schedule() {
      if (timer !== null) clearTimeout(timer);
      timer = setTimeout(() => {
        timer = null;
        refresh();
      }, delayMs);
    },
    cancel() {
      if (timer !== null) clearTimeout(timer);
      timer = null;
    },
  };
}
