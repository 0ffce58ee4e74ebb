import { create } from 'zustand';

/** A keyboard user's request to edit a step (Enter on a node): the properties drawer takes focus. */
export interface EditRequest {
  nodeId: string;
  seq: number;
}

interface CanvasUiState {
  editRequest: EditRequest | null;
  requestEdit(nodeId: string): void;
  /** True once for each request for `nodeId`: the drawer that consumes it moves focus. */
  consumeEditRequest(nodeId: string): boolean;
}

let handled = 0;

export const useCanvasUi = create<CanvasUiState>()((set, get) => ({
  editRequest: null,
  requestEdit: (nodeId) => set((state) => ({ editRequest: { nodeId, seq: (state.editRequest?.seq ?? 0) + 1 } })),
  consumeEditRequest: (nodeId) => {
    const request = get().editRequest;
    if (!request || request.nodeId !== nodeId || request.seq <= handled) return false;
    handled = request.seq;
    return true;
  },
}));
