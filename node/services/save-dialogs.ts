import { isAbsolute, join } from 'node:path';
import type { HostHandlers } from '../../shared/host/contract';
import { HostError } from '../../shared/host/host-error';
import { FLOW_FILE_SUFFIX } from '../../shared/host/workspace-paths';
import type { WorkspaceRoot } from './workspace-root';

/** What is being saved: a flow file (kept in the workspace) or a pack file (anywhere). */
export type SaveKind = 'flow' | 'pack';

/**
 * The native Save dialog: the absolute path chosen, or null when cancelled. The desktop app
 * gives one (Electron's dialog, electron/main/native-shell.ts); the browser host has none.
 */
export type ChooseSavePath = (options: { defaultPath: string; kind: SaveKind }) => Promise<string | null>;

export type SaveDialogHandlers = Pick<HostHandlers, 'dialog:chooseFlowPath'>;

/** The call without a native dialog: the renderer falls back to its own. */
export const noNativeDialog = (): never => {
  throw new HostError('NOT_SUPPORTED', 'this host has no native Save dialog; name the file in the app instead');
};

/**
 * Save As for flows through the native dialog: it opens in the workspace, and the place chosen
 * must be inside it (flows live there), as a `.flow.json` file outside `.flowpack/`.
 */
export function createSaveDialogHandlers(root: WorkspaceRoot, choose: ChooseSavePath | undefined): SaveDialogHandlers {
  return {
    async 'dialog:chooseFlowPath'({ suggestedName }) {
      if (!choose) return noNativeDialog();
      const chosen = await choose({ defaultPath: join(root.real, `${suggestedName}${FLOW_FILE_SUFFIX}`), kind: 'flow' });
      if (chosen === null) return { path: null };
      if (!isAbsolute(chosen)) throw new HostError('INVALID_ARGS', `the Save dialog answered a relative path: "${chosen}"`);
      // A dialog filter offers `.json`: a name without the flow suffix gets it, as the app's own dialog adds it.
      const withSuffix = chosen.endsWith(FLOW_FILE_SUFFIX) ? chosen : `${chosen.replace(/\.json$/, '')}${FLOW_FILE_SUFFIX}`;
      const path = root.relativePath(withSuffix);
      if (path === '' || path.startsWith('../') || path === '..' || isAbsolute(path)) {
        throw new HostError('OUTSIDE_WORKSPACE', `flows are saved inside the workspace folder ${root.real}; "${chosen}" is outside it (open that folder as the workspace to work there)`);
      }
      // Refuses links out of the workspace and the app's own .flowpack/ folder with their own messages.
      await root.resolve(path);
      return { path };
    },
  };
}
