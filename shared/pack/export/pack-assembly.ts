import type { Diagnostic } from '../../format/diagnostic';
import type { Flow } from '../../format/flow-schema';
import type { Profile } from '../../format/profiles';
import { diagnostic, formatPath } from '../../validation/messages';
import { summariseIssues } from '../../validation/zod-issues';
import { packSchema } from '../pack-schema';
import type { Pack } from '../pack-schema';

/**
 * The one profile a pack's flows share, with an error for an empty list (`emptyDetail` says
 * what is missing) and for each flow of another profile than the first: one pack, one profile,
 * for a template export and a push alike.
 */
export function sharedProfile(flows: readonly Flow[], emptyDetail: string): { profile: Profile | undefined; diagnostics: Diagnostic[] } {
  const profile = flows[0]?.profile;
  const diagnostics: Diagnostic[] = [];
  if (flows.length === 0) diagnostics.push(diagnostic('error', 'FORMAT_INVALID', { where: 'flows', detail: emptyDetail }, { path: ['flows'] }));
  for (const flow of flows) {
    if (flow.profile !== profile) {
      diagnostics.push(diagnostic('error', 'PACK_PROFILE_MIXED', { profile: flow.profile, expected: profile! }, { flowId: flow.id, path: ['profile'] }));
    }
  }
  return { profile, diagnostics };
}

/**
 * The pack `candidate` checked against the pack schema (its manifest fields come from the caller,
 * a name typed by the user), or the reasons it is not one added to `diagnostics`.
 */
export function checkedPack(candidate: unknown, diagnostics: Diagnostic[]): Pack | undefined {
  const parsed = packSchema.safeParse(candidate);
  if (parsed.success) return parsed.data;
  for (const issue of summariseIssues(parsed.error, candidate)) {
    diagnostics.push(diagnostic('error', 'FORMAT_INVALID', { where: formatPath(issue.path), detail: issue.detail }, { path: issue.path }));
  }
  return undefined;
}
