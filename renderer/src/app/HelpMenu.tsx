import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ACTIONS } from '../../../shared/host/actions';
import type { ActionName } from '../../../shared/host/actions';
import { actionHint, actionLabel, runAction } from '../actions/registry';
import { LibraryContextMenu } from '../library/LibraryContextMenu';

/** The registry's Help actions, in its order: the same items as the desktop app's native Help menu. */
const HELP_ACTIONS: readonly ActionName[] = ACTIONS.filter((action) => 'menu' in action && action.menu.menu === 'help').map((action) => action.name);

/**
 * The top bar's Help menu: the documentation, the keyboard shortcuts and the logs folder. In the
 * browser host, which has no native menus, it is the only way to them; the desktop app has both.
 */
export function HelpMenu() {
  const { t } = useTranslation();
  const button = useRef<HTMLButtonElement>(null);
  const [at, setAt] = useState<{ x: number; y: number } | null>(null);
  // A press on the button while the menu is open closes the menu (any press outside it does, in
  // the capture phase); the click that follows must not open it again. Seen here first: this
  // listener is registered before the menu's.
  const isOpen = useRef(false);
  const pressedWhileOpen = useRef(false);
  useEffect(() => {
    isOpen.current = at !== null;
  }, [at]);
  useEffect(() => {
    const onPointerDown = (event: PointerEvent) => {
      pressedWhileOpen.current = isOpen.current && button.current?.contains(event.target as Node) === true;
    };
    window.addEventListener('pointerdown', onPointerDown, true);
    return () => window.removeEventListener('pointerdown', onPointerDown, true);
  }, []);
  const open = () => {
    const box = button.current?.getBoundingClientRect();
    // Below the button, its right edge on the button's: the bar's last items sit at the window's edge.
    if (box) setAt({ x: Math.max(8, box.right - 220), y: box.bottom + 4 });
  };
  return (
    <>
      <button
        ref={button}
        type="button"
        className="icon-button"
        aria-label={t('help.menu')}
        title={t('help.menu')}
        aria-haspopup="menu"
        aria-expanded={at !== null}
        onClick={() => {
          if (pressedWhileOpen.current) pressedWhileOpen.current = false;
          else if (at === null) open();
          else setAt(null);
        }}
      >
        <span aria-hidden="true">?</span>
      </button>
      {at !== null && (
        <LibraryContextMenu
          label={t('help.menu')}
          x={at.x}
          y={at.y}
          entries={HELP_ACTIONS.map((name) => ({ label: actionLabel(t, name), title: actionHint(t, name), onSelect: () => void runAction(name) }))}
          onClose={() => setAt(null)}
        />
      )}
    </>
  );
}
