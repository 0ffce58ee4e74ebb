import { publishToClientFeed } from '../../shared/catalog/pipeline/steps/publish-to-client-feed';
import type { ImportPlan } from '../../shared/import/import-plan';
import type { ImportWarning } from '../../shared/tenant-api/imports';
import type { TokenScope } from '../../shared/tenant-api/scopes';

/** The code of the warning a client-feed post switched off on import carries. */
export const FEED_STEP_DEACTIVATED = 'FEED_STEP_DEACTIVATED';

/**
 * Only users authorised to publish may own a client-feed post (DESIGN.md, pipeline). A
 * token without `feed:publish` still imports the flow, but each active post arrives
 * inactive, with a warning naming it, so nothing posts to clients on its authority.
 * Changes the plan's documents in place.
 */
export function applyFeedScope(plan: ImportPlan, scopes: readonly TokenScope[]): ImportWarning[] {
  if (scopes.includes('feed:publish')) return [];
  const warnings: ImportWarning[] = [];
  for (const flow of plan.flows) {
    for (const node of flow.document?.nodes ?? []) {
      if (node.type !== publishToClientFeed.type || node.config.active === false) continue;
      node.config.active = false;
      warnings.push({
        code: FEED_STEP_DEACTIVATED,
        message: `Step "${node.name || node.id}" of "${flow.name}" posts to the client feed and arrives inactive: the token lacks the "feed:publish" scope.`,
        flowId: flow.targetId,
        nodeId: node.id,
      });
    }
  }
  return warnings;
}
