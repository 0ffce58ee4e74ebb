import { z } from 'zod';
import { workspacePathSchema } from './workspace-paths';

/**
 * The desktop app's native Save dialog for flows (native open/save dialogs). The
 * browser host has no native dialogs and answers NOT_SUPPORTED; the renderer asks for a name
 * in its own dialog there.
 */
export const SAVE_DIALOG_CALLS = {
  /**
   * Asks where to save a flow with the native Save dialog, starting in the workspace with
   * `suggestedName`. Answers the path chosen inside the workspace, or null when cancelled; a
   * place outside the workspace is refused (OUTSIDE_WORKSPACE), since flows live in it.
   * Nothing is written: the renderer saves there as after its own Save As dialog.
   */
  'dialog:chooseFlowPath': {
    args: z.object({ suggestedName: z.string().min(1).max(200) }).strict(),
    result: z.object({ path: workspacePathSchema.nullable() }),
  },
} as const;
