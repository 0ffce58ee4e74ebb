import { create } from 'zustand';

interface SimulatorVisibility {
  open: boolean;
  toggle(): void;
  setOpen(open: boolean): void;
}

/**
 * Whether the Simulate panel is shown beside the active flow. Apart from the simulation's own
 * store so that the Simulate action, registered at start, loads neither the panel nor the runtime.
 */
export const useSimulatorVisibility = create<SimulatorVisibility>()((set) => ({
  open: false,
  toggle: () => set((state) => ({ open: !state.open })),
  setOpen: (open) => set({ open }),
}));
