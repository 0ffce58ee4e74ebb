import { mkdir, stat } from 'node:fs/promises';
import type { HostHandlers } from '../../shared/host/contract';
import { HostError } from '../../shared/host/host-error';
import type { SupportFolder } from '../../shared/host/support-calls';

/** Options of {@link createSupportFolderHandlers}. */
export interface SupportFolderOptions {
  /** The documentation that ships with the app: the packaged app's resources, or the project's `docs/`. */
  documentationDir: string;
  /** Where the support log is written (node/logging/open-support-log.ts). */
  logsDir: string;
  /**
   * Opens a folder in the system's file manager: the desktop app's. Without it (the browser host,
   * whose page cannot be handed a folder) the call answers the path for the page to show.
   */
  openFolder?: (path: string) => Promise<void>;
}

/** `support:openFolder`, the same for both hosts but for who opens the folder. */
export function createSupportFolderHandlers(options: SupportFolderOptions): Pick<HostHandlers, 'support:openFolder'> {
  const paths: Record<SupportFolder, string> = { documentation: options.documentationDir, logs: options.logsDir };
  return {
    async 'support:openFolder'({ folder }) {
      const path = paths[folder];
      if (folder === 'logs') {
        // Before anything was logged (or after someone emptied it), there is still a folder to show.
        await mkdir(path, { recursive: true });
      } else if (!(await stat(path).then((info) => info.isDirectory(), () => false))) {
        throw new HostError('NOT_FOUND', `The documentation folder "${path}" is missing from this installation.`);
      }
      if (options.openFolder === undefined) return { opened: false, path };
      await options.openFolder(path);
      return { opened: true, path };
    },
  };
}
