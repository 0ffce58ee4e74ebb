import type { Diagnostic } from '../format/diagnostic';
import type { Flow } from '../format/flow-schema';
import { loadFlow } from '../validation/load-flow';
import { flowKindSchema, profileSchema } from '../format/profiles';
import type { FlowSummary } from '../validation/flow-references';
import { diagnostic, formatPath } from '../validation/messages';
import { findLoopsAcrossFlows } from '../validation/validate-set';
import { summariseIssues } from '../validation/zod-issues';
import { packSchema } from './pack-schema';
import type { Pack } from './pack-schema';

export interface LoadedPack {
  pack: Pack | undefined;
  /** Flows that loaded, with their index in the pack. */
  flows: { index: number; flow: Flow }[];
  /** Diagnostics with paths from the pack's root (`['flows', 2, 'nodes', 0]`). */
  diagnostics: Diagnostic[];
}

/** Loads a pack: its own structure, then each flow (migrated and validated with the others as context), then loops across them. */
export function loadPack(value: unknown): LoadedPack {
  const parsed = packSchema.safeParse(value);
  if (!parsed.success) {
    const diagnostics = summariseIssues(parsed.error, value).map((issue) =>
      diagnostic('error', 'FORMAT_INVALID', { where: formatPath(issue.path), detail: issue.detail }, { path: issue.path }),
    );
    return { pack: undefined, flows: [], diagnostics };
  }
  const pack = parsed.data;
  const context = { flows: new Map(pack.flows.flatMap((raw) => summarise(raw)).map((s) => [s.id, s])) };
  const diagnostics: Diagnostic[] = [];
  const flows: { index: number; flow: Flow }[] = [];
  pack.flows.forEach((raw, index) => {
    const loaded = loadFlow(raw, context);
    for (const d of loaded.diagnostics) diagnostics.push({ ...d, path: ['flows', index, ...(d.path ?? [])] });
    if (loaded.flow) flows.push({ index, flow: loaded.flow });
  });
  findLoopsAcrossFlows(flows.map((entry) => entry.flow)).forEach((found, i) => {
    for (const d of found) diagnostics.push({ ...d, path: ['flows', flows[i]!.index, ...(d.path ?? [])] });
  });
  return { pack, flows, diagnostics };
}

/** The summary of a flow that may not be valid yet: enough to check references to it. */
function summarise(raw: Record<string, unknown>): FlowSummary[] {
  const profile = profileSchema.safeParse(raw.profile);
  const kind = flowKindSchema.safeParse(raw.kind);
  if (typeof raw.id !== 'string' || !profile.success || !kind.success) return [];
  return [{ id: raw.id, name: typeof raw.name === 'string' ? raw.name : raw.id, profile: profile.data, kind: kind.data }];
}
