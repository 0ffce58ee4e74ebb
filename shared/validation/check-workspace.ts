import { diagnostic, formatPath } from './messages';
import { summariseIssues } from './zod-issues';
import type { Diagnostic } from '../format/diagnostic';
import { WORKSPACE_FILE_NAME, WORKSPACE_VERSION, workspaceSchema } from '../format/workspace-schema';

/**
 * Checks the parsed JSON of a `flowpack.workspace.json` against the workspace format:
 * one `FORMAT_INVALID` error per problem, each with the JSON path of the offending value
 * so the CLI can give its line and column. A version newer than this build reads is one
 * error saying to update, not a list of fields this build does not know.
 */
export function checkWorkspace(value: unknown): Diagnostic[] {
  const version = (value as { version?: unknown } | null)?.version;
  if (typeof version === 'number' && Number.isInteger(version) && version > WORKSPACE_VERSION) {
    const detail = `${WORKSPACE_FILE_NAME} is workspace format version ${version}; this build of Flowpack Studio reads up to version ${WORKSPACE_VERSION}. Update Flowpack Studio to use it`;
    return [diagnostic('error', 'FORMAT_INVALID', { where: 'version', detail }, { path: ['version'] })];
  }
  const parsed = workspaceSchema.safeParse(value);
  if (parsed.success) return [];
  return summariseIssues(parsed.error, value).map((issue) =>
    diagnostic('error', 'FORMAT_INVALID', { where: formatPath(issue.path), detail: issue.detail }, { path: issue.path }),
  );
}
