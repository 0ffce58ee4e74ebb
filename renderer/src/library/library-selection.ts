/** The library's selected paths and the anchor a Shift-click range starts from. */
export interface LibrarySelection {
  paths: readonly string[];
  anchor: string | null;
}

export const EMPTY_SELECTION: LibrarySelection = { paths: [], anchor: null };

/** How a click was made: Ctrl/Cmd toggles one item, Shift selects a range from the anchor. */
export interface ClickModifiers {
  toggle: boolean;
  range: boolean;
}

/**
 * The selection after clicking `path`, following the usual file-manager rules: a plain click
 * selects only it, Ctrl/Cmd-click adds or removes it, Shift-click selects every row between
 * the anchor and it (in display order `rows`), Ctrl+Shift adds that range.
 */
export function clickSelection(current: LibrarySelection, path: string, modifiers: ClickModifiers, rows: readonly string[]): LibrarySelection {
  if (modifiers.range && current.anchor !== null) {
    const from = rows.indexOf(current.anchor);
    const to = rows.indexOf(path);
    if (from >= 0 && to >= 0) {
      const range = rows.slice(Math.min(from, to), Math.max(from, to) + 1);
      const paths = modifiers.toggle ? [...new Set([...current.paths, ...range])] : range;
      return { paths, anchor: current.anchor };
    }
  }
  if (modifiers.toggle) {
    const paths = current.paths.includes(path) ? current.paths.filter((p) => p !== path) : [...current.paths, path];
    return { paths, anchor: path };
  }
  return { paths: [path], anchor: path };
}

/**
 * The selection with paths that no longer exist dropped and moved ones renamed, after the
 * workspace changed (`rename` maps an old path to its new one).
 */
export function reconcileSelection(current: LibrarySelection, exists: (path: string) => boolean, rename?: (path: string) => string): LibrarySelection {
  const map = rename ?? ((path: string) => path);
  const paths = current.paths.map(map).filter(exists);
  const anchor = current.anchor === null ? null : map(current.anchor);
  return { paths, anchor: anchor !== null && exists(anchor) ? anchor : null };
}
