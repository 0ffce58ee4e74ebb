/** Whether a combobox's list is open, and which option is active (-1: none). */
export interface ComboboxState {
  open: boolean;
  active: number;
}

export interface ComboboxKeyOutcome {
  state: ComboboxState;
  /** The option Enter chose. */
  choose?: number;
  /** False when the key is not the combobox's: the input keeps its own behaviour (typing, Tab, Escape in a closed list). */
  handled: boolean;
}

/**
 * The keys of an editable combobox with a list popup, as the WAI-ARIA combobox pattern gives them:
 * Down and Up open the list and move through its options (wrapping), Enter chooses the active
 * option, Escape closes the list. Focus stays in the input; the active option is announced
 * through `aria-activedescendant`.
 */
export function comboboxKey(key: string, state: ComboboxState, optionCount: number): ComboboxKeyOutcome {
  switch (key) {
    case 'ArrowDown':
      if (!state.open) return { state: { open: true, active: optionCount > 0 ? Math.max(state.active, 0) : -1 }, handled: true };
      return { state: { open: true, active: optionCount === 0 ? -1 : (state.active + 1) % optionCount }, handled: true };
    case 'ArrowUp':
      if (optionCount === 0) return { state: { open: true, active: -1 }, handled: true };
      return { state: { open: true, active: !state.open || state.active <= 0 ? optionCount - 1 : state.active - 1 }, handled: true };
    case 'Enter':
      if (!state.open || state.active < 0 || state.active >= optionCount) return { state, handled: false };
      return { state: { open: false, active: -1 }, choose: state.active, handled: true };
    case 'Escape':
      if (!state.open) return { state, handled: false };
      return { state: { open: false, active: -1 }, handled: true };
    default:
      return { state, handled: false };
  }
}
