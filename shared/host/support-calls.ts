import { z } from 'zod';

/** The folders the Help menu opens: the documentation that ships with the app, and the app's log files. */
export const SUPPORT_FOLDERS = ['documentation', 'logs'] as const;
export type SupportFolder = (typeof SUPPORT_FOLDERS)[number];

/** What someone needs when asking for help: where the documentation and the log files are. */
export const SUPPORT_CALLS = {
  /**
   * Opens one of the app's support folders in the system's file manager. The desktop app opens it
   * and answers `opened: true`; the browser host cannot open a folder on the page's behalf (a web
   * page has no file manager), so it answers `opened: false` and the renderer shows `path` instead.
   * The logs folder is created if it does not exist yet; a missing documentation folder is NOT_FOUND.
   */
  'support:openFolder': {
    args: z.object({ folder: z.enum(SUPPORT_FOLDERS) }).strict(),
    result: z.object({ opened: z.boolean(), path: z.string() }),
  },
} as const;
