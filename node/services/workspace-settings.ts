import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { canonicalStringify } from '../../shared/format/canonical-json';
import { WORKSPACE_FILE_NAME, WORKSPACE_FORMAT, WORKSPACE_VERSION, workspaceSchema } from '../../shared/format/workspace-schema';
import type { Workspace } from '../../shared/format/workspace-schema';
import { HostError } from '../../shared/host/host-error';
import { parseJson } from '../../shared/json/parse-json';
import { writeFileAtomic } from './atomic-write';
import { errorCode, toHostError } from './host-fs-errors';
import type { WorkspaceRoot } from './workspace-root';

/** The workspace file's keys in the order the schema declares them, so the file diffs cleanly. */
const KEY_ORDER = Object.keys(workspaceSchema.shape);

/** What is in `flowpack.workspace.json`: nothing yet, valid settings, or a file this build cannot use. */
export type SettingsFile = { state: 'absent' } | { state: 'valid'; settings: Workspace } | { state: 'invalid'; reason: string };

/** The settings a workspace has before anything is saved: named after its folder. */
export function defaultSettings(root: WorkspaceRoot): Workspace {
  return {
    format: WORKSPACE_FORMAT,
    version: WORKSPACE_VERSION,
    name: root.name.slice(0, 200) || 'Workspace',
    description: '',
    priority: [],
    extensions: {},
  };
}

/** Reads and checks `flowpack.workspace.json`. */
export async function readSettingsFile(root: WorkspaceRoot): Promise<SettingsFile> {
  let bytes: Buffer;
  try {
    bytes = await readFile(join(root.real, WORKSPACE_FILE_NAME));
  } catch (error) {
    if (errorCode(error) === 'ENOENT') return { state: 'absent' };
    throw toHostError(error, `cannot read ${WORKSPACE_FILE_NAME}`);
  }
  const parsed = parseJson(bytes);
  if (!parsed.ok) return { state: 'invalid', reason: parsed.message };
  const checked = workspaceSchema.safeParse(parsed.value);
  if (!checked.success) {
    const issue = checked.error.issues[0];
    return { state: 'invalid', reason: `${issue?.path.join('.') || 'the file'}: ${issue?.message ?? 'not a workspace file'}` };
  }
  return { state: 'valid', settings: checked.data };
}

/** The settings the library uses: the file's, or the defaults when it is absent or unusable (the library still opens). */
export async function currentSettings(root: WorkspaceRoot): Promise<Workspace> {
  const file = await readSettingsFile(root);
  return file.state === 'valid' ? file.settings : defaultSettings(root);
}

/**
 * Changes the settings with `change` and writes the file canonically and atomically,
 * creating it when absent. A file this build cannot read is refused rather than replaced,
 * so nothing someone wrote into it is lost.
 */
export async function updateSettings(root: WorkspaceRoot, change: (settings: Workspace) => Workspace): Promise<void> {
  const file = await readSettingsFile(root);
  if (file.state === 'invalid') {
    throw new HostError('IO', `${WORKSPACE_FILE_NAME} cannot be updated because it is not a valid workspace file (${file.reason}); fix or remove it`);
  }
  const next = change(file.state === 'valid' ? file.settings : defaultSettings(root));
  try {
    await writeFileAtomic(join(root.real, WORKSPACE_FILE_NAME), canonicalStringify(next, (path) => (path.length === 0 ? KEY_ORDER : undefined)));
  } catch (error) {
    throw toHostError(error, `cannot save ${WORKSPACE_FILE_NAME}`);
  }
}
