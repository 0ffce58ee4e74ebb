import type { TFunction } from 'i18next';
import { ACTIONS, keyLabel, keysOf } from '../../../shared/host/actions';
import type { ActionName, KeyPlatform } from '../../../shared/host/actions';

/** One line of the shortcut list: an action and every key that runs it on the platform. */
export interface ShortcutRow {
  name: ActionName;
  label: string;
  keys: string[];
}

/** The shortcut list, generated from the registry in its order: every action that has a key. */
export function shortcutRows(t: TFunction, platform: KeyPlatform): ShortcutRow[] {
  return ACTIONS.filter((action) => keysOf(action, platform).length > 0).map((action) => ({
    name: action.name,
    label: t(action.label),
    keys: keysOf(action, platform).map((key) => keyLabel(key, platform)),
  }));
}
