import { z } from 'zod';
import { profileSchema } from './profiles';

export const WORKSPACE_FORMAT = 'flowpack.workspace';
export const WORKSPACE_VERSION = 1;
/** The settings file at the root of a workspace folder. */
export const WORKSPACE_FILE_NAME = 'flowpack.workspace.json';

/**
 * `flowpack.workspace.json`: workspace settings and the priority order of flows.
 * Flows themselves are the `*.flow.json` files in the folder tree.
 */
export const workspaceSchema = z
  .object({
    format: z.literal(WORKSPACE_FORMAT),
    version: z.literal(WORKSPACE_VERSION),
    name: z.string().min(1).max(200),
    description: z.string().max(10_000).default(''),
    /** Profile offered first for new flows. */
    defaultProfile: profileSchema.optional(),
    /** Flow ids in priority order (highest first); flows not listed follow, by name. */
    priority: z.array(z.uuid()).default([]),
    extensions: z.record(z.string(), z.unknown()).default({}),
  })
  .strict();
export type Workspace = z.infer<typeof workspaceSchema>;
