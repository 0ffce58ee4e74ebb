import type { Flow, FlowNode } from '../../shared/format/flow-schema';
import { findStepType } from '../../shared/catalog/registry';
import type { StepAuthority } from '../../shared/catalog/types';
import type { ImportPlan } from '../../shared/import/import-plan';
import type { ImportWarning } from '../../shared/tenant-api/imports';
import type { TokenScope } from '../../shared/tenant-api/scopes';
import { ApiError } from './api-error';

/**
 * How this tenant grants each authority a step type may require, and how it names a step that
 * needs it. A machine token holds the authority by its scope; a person's token, also only
 * while the person holds the grant (`granted`: what a person is authorised to do).
 */
const AUTHORITIES: Readonly<Record<StepAuthority, { scope: TokenScope; deactivatedCode: string; doing: string; noun: string; granted: string }>> = {
  publishToClientFeed: { scope: 'feed:publish', deactivatedCode: 'FEED_STEP_DEACTIVATED', doing: 'posts to the client feed', noun: 'client-feed post', granted: 'publish to the client feed' },
};
type Authority = (typeof AUTHORITIES)[StepAuthority];

/** Who is writing, as far as authorities go: what they may do, and whether a person's grant or the token's scopes decided it. */
export interface AuthorityHolder {
  /** What the request may do (Caller.scopes). */
  scopes: readonly TokenScope[];
  token: { scopes: readonly TokenScope[] };
  user: { name: string } | null;
}

interface UnauthorisedStep {
  node: FlowNode;
  authority: Authority;
}

/** The active steps of `flow` whose type requires an authority the caller does not hold. */
function unauthorisedSteps(flow: Flow, holder: AuthorityHolder): UnauthorisedStep[] {
  const found: UnauthorisedStep[] = [];
  for (const node of flow.nodes) {
    const required = findStepType(flow.profile, node.type)?.requiresAuthority;
    if (required === undefined || node.config['active'] === false) continue;
    const authority = AUTHORITIES[required];
    if (!holder.scopes.includes(authority.scope)) found.push({ node, authority });
  }
  return found;
}

/** True when the token carries the authority's scope but its person was not granted it. */
function personLacksGrant(holder: AuthorityHolder, authority: Authority): boolean {
  return holder.user !== null && holder.token.scopes.includes(authority.scope);
}

/** Why the holder lacks the authority: the token was made without its scope, or the token's person was not granted it. */
function lackOf(holder: AuthorityHolder, authority: Authority): string {
  if (holder.user && personLacksGrant(holder, authority)) {
    return `${holder.user.name} is not authorised to ${authority.granted} (the "${authority.scope}" scope needs an owner's or an admin's grant)`;
  }
  return `the token lacks the "${authority.scope}" scope`;
}

/**
 * Only an authorised caller may own a step that requires an authority (docs/TENANT-API.md,
 * Lifecycle). A token without it still imports the flow, but each such active step arrives
 * inactive, with a warning naming it, so nothing runs on its authority. Changes the plan's
 * documents in place.
 */
export function applyStepAuthority(plan: ImportPlan, holder: AuthorityHolder): ImportWarning[] {
  const warnings: ImportWarning[] = [];
  for (const flow of plan.flows) {
    for (const { node, authority } of flow.document ? unauthorisedSteps(flow.document, holder) : []) {
      node.config['active'] = false;
      warnings.push({
        code: authority.deactivatedCode,
        message: `Step "${node.name || node.id}" of "${flow.name}" ${authority.doing} and arrives inactive: ${lackOf(holder, authority)}.`,
        flowId: flow.targetId,
        nodeId: node.id,
      });
    }
  }
  return warnings;
}

/**
 * The same rule on the paths that take a document as sent (create, update) or put a stored
 * one live (publish): a caller without the authority is refused with 403, naming the steps.
 * Unlike an import, which lands as a draft to finish and so switches the steps off, these
 * paths never change the caller's document behind its back: they store it as sent or not at all.
 */
export function refuseUnauthorisedSteps(flow: Flow, holder: AuthorityHolder, doing: string): void {
  const [first, ...others] = unauthorisedSteps(flow, holder);
  if (!first) return;
  const { noun } = first.authority;
  const names = [first, ...others].filter(({ authority }) => authority === first.authority).map(({ node }) => `"${node.name || node.id}"`).join(', ');
  const byGrant = personLacksGrant(holder, first.authority);
  const why = byGrant ? `${lackOf(holder, first.authority)}, so this token cannot` : `This token lacks the "${first.authority.scope}" scope, so it cannot`;
  const remedy = byGrant ? 'ask an owner or an admin for the grant' : 'use a token with that scope';
  throw new ApiError('forbidden', `${why} ${doing} a flow whose ${noun} ${names} is active. Switch it off (active: false), or ${remedy}.`);
}
