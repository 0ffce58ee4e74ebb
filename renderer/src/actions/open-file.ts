import type { ActionImplementation } from './action';

/**
 * Open file: files are opened from the library, so this goes to its search. (The desktop
 * menu's item shows the native open dialog instead, and answers with 'app:openFile'.)
 */
export const openFile: ActionImplementation = {
  perform: () => document.querySelector<HTMLInputElement>('[data-library-search]')?.focus(),
};
