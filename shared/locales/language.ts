import type { actionsEn } from './en/actions';
import type { catalogEn } from './en/catalog';
import type { nativeEn } from './en/native';
import type { Translation } from './translation';

/**
 * What a language's folder tells the registry (all.ts). Its UI strings are not here: the
 * editor loads them from the folder's ui.ts only when the language is on screen.
 */
export interface LanguageFolder {
  /** The desktop app's native menus and dialogs. */
  native: Translation<typeof nativeEn>;
  /** The actions' names, which the native menus show as the UI's buttons and shortcut list do. */
  actions: Translation<typeof actionsEn>;
  /** The step types' texts, keyed by profile, type and field (shared/catalog/catalog-texts.ts reads them). */
  catalog: Translation<typeof catalogEn>;
}
