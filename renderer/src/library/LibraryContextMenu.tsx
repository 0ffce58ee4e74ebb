import { useCallback, useEffect, useRef, useState } from 'react';
import type { KeyboardEvent } from 'react';

/** One entry of {@link LibraryContextMenu}. */
export interface MenuEntry {
  label: string;
  onSelect: () => void;
  disabled?: boolean;
  /** Tooltip, for example why an entry is disabled. */
  title?: string;
}

/** Props of {@link LibraryContextMenu}. */
export interface LibraryContextMenuProps {
  label: string;
  x: number;
  y: number;
  entries: readonly MenuEntry[];
  onClose: () => void;
}

/**
 * A small context menu (ARIA menu): arrow keys move, Home/End jump, Enter picks, Escape or a
 * click elsewhere closes. Closing from the keyboard gives focus back to what opened it.
 */
export function LibraryContextMenu({ label, x, y, entries, onClose: close }: LibraryContextMenuProps) {
  const ref = useRef<HTMLUListElement>(null);
  // Captured before the first item takes focus: the tree item the menu was opened on.
  const [opener] = useState(() => document.activeElement as HTMLElement | null);
  const onClose = useCallback(() => {
    if (ref.current?.contains(document.activeElement)) opener?.focus();
    close();
  }, [close, opener]);

  useEffect(() => {
    ref.current?.querySelector<HTMLElement>('[role="menuitem"]:not([aria-disabled="true"])')?.focus();
    const onPointerDown = (event: PointerEvent) => {
      if (!ref.current?.contains(event.target as Node)) onClose();
    };
    window.addEventListener('pointerdown', onPointerDown, true);
    return () => window.removeEventListener('pointerdown', onPointerDown, true);
  }, [onClose]);

  const onKeyDown = (event: KeyboardEvent) => {
    const items = [...(ref.current?.querySelectorAll<HTMLElement>('[role="menuitem"]') ?? [])];
    const index = items.indexOf(document.activeElement as HTMLElement);
    if (event.key === 'Escape' || event.key === 'Tab') {
      event.preventDefault();
      onClose();
    } else if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
      event.preventDefault();
      const step = event.key === 'ArrowDown' ? 1 : -1;
      items[(index + step + items.length) % items.length]?.focus();
    } else if (event.key === 'Home' || event.key === 'End') {
      event.preventDefault();
      items[event.key === 'Home' ? 0 : items.length - 1]?.focus();
    }
  };

  // Kept inside the window: a menu opened near the bottom edge opens upwards.
  const top = Math.min(y, window.innerHeight - entries.length * 32 - 16);
  return (
    <ul ref={ref} role="menu" aria-label={label} className="context-menu" style={{ left: x, top }} onKeyDown={onKeyDown}>
      {entries.map((entry) => (
        <li
          key={entry.label}
          role="menuitem"
          tabIndex={-1}
          aria-disabled={entry.disabled || undefined}
          title={entry.title}
          onClick={() => {
            if (entry.disabled) return;
            onClose();
            entry.onSelect();
          }}
          onKeyDown={(event) => {
            if ((event.key === 'Enter' || event.key === ' ') && !entry.disabled) {
              event.preventDefault();
              onClose();
              entry.onSelect();
            }
          }}
        >
          {entry.label}
        </li>
      ))}
    </ul>
  );
}
