import { existsSync, readdirSync, statSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import type { Flow } from '../shared/format/flow-schema';
import { WORKSPACE_FILE_NAME } from '../shared/format/workspace-schema';
import { FLOW_FILE_SUFFIX, PACK_FILE_SUFFIX, STATE_FOLDER } from '../shared/host/workspace-paths';
import { SYNC_STATE_FILE } from '../node/services/workspace-state';
import { checkDocumentFile, unreadableReport } from './check-document';
import type { CheckedDocument, FileReport } from './check-document';
import { UsageError } from './cli-error';
import { describeFileError } from './file-errors';
import { findDocuments } from './find-documents';
import { STDIN_ARGUMENT } from './read-document';


/** The flows `flowpack export` was given, each with the file it came from, and the files that could not be used. */
export interface ExportInputs {
  documents: CheckedDocument[];
  /** Files that could not be read or parsed, or are not flows: export stops before doing anything. */
  problems: FileReport[];
  /** How many of the paths were folders (a pack of one folder is named after it). */
  folders: string[];
}

/**
 * Reads the flow files and folders export was given: folders are searched like `validate`
 * does, but only `*.flow.json` files are taken (a pack is not packed again).
 */
export function readExportInputs(paths: readonly string[], maxBytes: number): ExportInputs {
  const documents: CheckedDocument[] = [];
  const problems: FileReport[] = [];
  const folders: string[] = [];
  const seen = new Set<string>();
  const visited = new Set<string>();
  const take = (path: string) => {
    const absolute = resolve(path);
    if (seen.has(absolute)) return;
    seen.add(absolute);
    const checked = checkDocumentFile(path, maxBytes);
    if (checked.report.unreadable) problems.push(checked.report);
    else if (!checked.flow) problems.push({ ...checked.report, unreadable: false });
    else documents.push(checked);
  };
  for (const path of paths) {
    if (path === STDIN_ARGUMENT) {
      take(path);
      continue;
    }
    let isFolder: boolean;
    try {
      isFolder = statSync(path).isDirectory();
    } catch (error) {
      problems.push(unreadableReport(path, 'FILE_UNREADABLE', describeFileError(error)));
      continue;
    }
    if (!isFolder) {
      if (path.endsWith(PACK_FILE_SUFFIX)) throw new UsageError(`${path} is a pack; export takes flow files (*.flow.json) and folders`, 'export');
      take(path);
      continue;
    }
    folders.push(path);
    for (const entry of findDocuments(path, visited)) {
      if (entry.kind === 'problem') problems.push(unreadableReport(entry.path, 'FILE_UNREADABLE', entry.message));
      else if (entry.path.endsWith(FLOW_FILE_SUFFIX)) take(entry.path);
    }
  }
  return { documents, problems, folders };
}

/**
 * The workspace flows a called reusable flow may come from: every flow under the nearest
 * folder holding `flowpack.workspace.json` above each input; for a file outside any
 * workspace, the flow files beside it (a home folder is never searched whole).
 */
export function readWorkspaceFlows(inputs: readonly string[], maxBytes: number): { flows: Flow[]; documents: CheckedDocument[] } {
  const documents: CheckedDocument[] = [];
  const seenFiles = new Set<string>();
  const visited = new Set<string>();
  const load = (path: string) => {
    const absolute = resolve(path);
    if (seenFiles.has(absolute)) return;
    seenFiles.add(absolute);
    const checked = checkDocumentFile(path, maxBytes);
    if (checked.flow) documents.push(checked);
  };
  for (const input of inputs) {
    const start = safeIsFolder(input) ? resolve(input) : dirname(resolve(input));
    const root = workspaceRoot(start);
    if (root) {
      for (const entry of findDocuments(root, visited)) if (entry.kind === 'file' && entry.path.endsWith(FLOW_FILE_SUFFIX)) load(entry.path);
    } else {
      for (const name of safeList(start)) if (name.endsWith(FLOW_FILE_SUFFIX)) load(join(start, name));
    }
  }
  return { flows: documents.map((document) => document.flow!), documents };
}

/**
 * The nearest folder at or above `folder` that is a workspace: it holds flowpack.workspace.json,
 * or the `.flowpack/` state a pull or push left there (a folder made by `flowpack pull -o` has
 * no workspace file, and its flows sit in sub-folders named after the tenant's folders).
 */
export function workspaceRoot(folder: string): string | undefined {
  for (let current = folder; ; current = dirname(current)) {
    if (existsSync(join(current, WORKSPACE_FILE_NAME)) || existsSync(join(current, STATE_FOLDER, SYNC_STATE_FILE))) return current;
    if (dirname(current) === current) return undefined;
  }
}

function safeIsFolder(path: string): boolean {
  try {
    return statSync(path).isDirectory();
  } catch {
    return false;
  }
}

function safeList(folder: string): string[] {
  try {
    return readdirSync(folder).sort();
  } catch {
    return [];
  }
}
