import type { Flow } from '../../shared/format/flow-schema';
import { publishToClientFeed } from '../../shared/catalog/pipeline/steps/publish-to-client-feed';
import type { ImportPlan } from '../../shared/import/import-plan';
import type { ImportWarning } from '../../shared/tenant-api/imports';
import type { TokenScope } from '../../shared/tenant-api/scopes';
import { ApiError } from './api-error';

/** The code of the warning a client-feed post switched off on import carries. */
export const FEED_STEP_DEACTIVATED = 'FEED_STEP_DEACTIVATED';

/**
 * Only users authorised to publish may own a client-feed post (pipeline; docs/TENANT-API.md, Lifecycle). A
 * token without `feed:publish` still imports the flow, but each active post arrives
 * inactive, with a warning naming it, so nothing posts to clients on its authority.
 * Changes the plan's documents in place.
 */
export function applyFeedScope(plan: ImportPlan, scopes: readonly TokenScope[]): ImportWarning[] {
  if (scopes.includes('feed:publish')) return [];
  const warnings: ImportWarning[] = [];
  for (const flow of plan.flows) {
    for (const node of flow.document ? activeFeedPosts(flow.document) : []) {
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

/** The client-feed posts of `flow` that are switched on. */
export const activeFeedPosts = (flow: Flow) => flow.nodes.filter((node) => node.type === publishToClientFeed.type && node.config.active !== false);

/**
 * The same rule on the paths that take a document as sent (create, update) or put a stored
 * one live (publish): a caller without `feed:publish` is refused with 403, naming the posts.
 * Unlike an import, which lands as a draft to finish and so switches the posts off, these
 * paths never change the caller's document behind its back: they store it as sent or not at all.
 */
export function refuseFeedWithoutScope(flow: Flow, scopes: readonly TokenScope[], doing: string): void {
  if (scopes.includes('feed:publish')) return;
  const posts = activeFeedPosts(flow);
  if (posts.length === 0) return;
  const names = posts.map((node) => `"${node.name || node.id}"`).join(', ');
  throw new ApiError(
    'forbidden',
    `This token lacks the "feed:publish" scope, so it cannot ${doing} a flow whose client-feed post ${names} is active. Switch the post off (active: false), or use a token authorised to publish to the client feed.`,
  );
}
