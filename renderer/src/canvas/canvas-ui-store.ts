import { create } from 'zustand';

/** A keyboard user's request to edit a step (Enter on a node): the properties drawer takes focus. */
export interface EditRequest {
  nodeId: string;
  seq: number;
}

/** What the Connect dialog is open for: a new connection from a step, or moving one connection. */
export type ConnectRequest = { docId: string; nodeId: string; edgeId?: undefined } | { docId: string; edgeId: string; nodeId?: undefined };

interface CanvasUiState {
  editRequest: EditRequest | null;
  connectRequest: ConnectRequest | null;
  openConnect(request: ConnectRequest): void;
  closeConnect(): void;
  requestEdit(nodeId: string): void;
  /** True once for each request for `nodeId`: the drawer that consumes it moves focus. */
  consumeEditRequest(nodeId: string): boolean;
}

let handled = 0;

export const useCanvasUi = create<CanvasUiState>()((set, get) => ({
  editRequest: null,
  connectRequest: null,
  openConnect: (request) => set({ connectRequest: request }),
  closeConnect: () => set({ connectRequest: null }),
  requestEdit: (nodeId) => set((state) => ({ editRequest: { nodeId, seq: (state.editRequest?.seq ?? 0) + 1 } })),
  consumeEditRequest: (nodeId) => {
    const request = get().editRequest;
    if (!request || request.nodeId !== nodeId || request.seq <= handled) return false;
    handled = request.seq;
    return true;
  },
}));
