import { create } from 'zustand';
import { NO_FILTER } from './library-filter';
import type { LibraryFilter } from './library-filter';
import { EMPTY_SELECTION } from './library-selection';
import type { LibrarySelection } from './library-selection';

/** What the library panel shows and which items are selected (view state, never saved). */
export interface LibraryViewState {
  filter: LibraryFilter;
  selection: LibrarySelection;
  /** Folders the user closed; folders are open unless listed here. */
  collapsed: ReadonlySet<string>;
  /** The item being renamed in place, if any. */
  renaming: string | null;
  /** The item holding the tree's keyboard focus (roving tabindex). */
  focused: string | null;
  setFilter(patch: Partial<LibraryFilter>): void;
  setSelection(selection: LibrarySelection): void;
  toggleFolder(path: string, open?: boolean): void;
  setRenaming(path: string | null): void;
  setFocused(path: string | null): void;
}

export const useLibraryView = create<LibraryViewState>()((set) => ({
  filter: NO_FILTER,
  selection: EMPTY_SELECTION,
  collapsed: new Set(),
  renaming: null,
  focused: null,
  setFilter: (patch) => set((state) => ({ filter: { ...state.filter, ...patch } })),
  setSelection: (selection) => set({ selection }),
  toggleFolder: (path, open) =>
    set((state) => {
      const collapsed = new Set(state.collapsed);
      const shouldOpen = open ?? collapsed.has(path);
      if (shouldOpen) collapsed.delete(path);
      else collapsed.add(path);
      return { collapsed };
    }),
  setRenaming: (renaming) => set({ renaming }),
  setFocused: (focused) => set({ focused }),
}));
