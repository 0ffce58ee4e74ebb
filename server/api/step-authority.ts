import type { Flow, FlowNode } from '../../shared/format/flow-schema';
import { findStepType } from '../../shared/catalog/registry';
import type { StepAuthority } from '../../shared/catalog/types';
import type { ImportPlan } from '../../shared/import/import-plan';
import type { ImportWarning } from '../../shared/tenant-api/imports';
import type { TokenScope } from '../../shared/tenant-api/scopes';
import { ApiError } from './api-error';

/** How this tenant grants each authority a step type may require, and how it names a step that needs it. */
const AUTHORITIES: Readonly<Record<StepAuthority, { scope: TokenScope; deactivatedCode: string; doing: string; noun: string }>> = {
  publishToClientFeed: { scope: 'feed:publish', deactivatedCode: 'FEED_STEP_DEACTIVATED', doing: 'posts to the client feed', noun: 'client-feed post' },
};

interface UnauthorisedStep {
  node: FlowNode;
  authority: (typeof AUTHORITIES)[StepAuthority];
}

/** The active steps of `flow` whose type requires an authority the caller's scopes do not grant. */
function unauthorisedSteps(flow: Flow, scopes: readonly TokenScope[]): UnauthorisedStep[] {
  const found: UnauthorisedStep[] = [];
  for (const node of flow.nodes) {
    const required = findStepType(flow.profile, node.type)?.requiresAuthority;
    if (required === undefined || node.config['active'] === false) continue;
    const authority = AUTHORITIES[required];
    if (!scopes.includes(authority.scope)) found.push({ node, authority });
  }
  return found;
}

/**
 * Only an authorised caller may own a step that requires an authority (docs/TENANT-API.md,
 * Lifecycle). A token without it still imports the flow, but each such active step arrives
 * inactive, with a warning naming it, so nothing runs on its authority. Changes the plan's
 * documents in place.
 */
export function applyStepAuthority(plan: ImportPlan, scopes: readonly TokenScope[]): ImportWarning[] {
  const warnings: ImportWarning[] = [];
  for (const flow of plan.flows) {
    for (const { node, authority } of flow.document ? unauthorisedSteps(flow.document, scopes) : []) {
      node.config['active'] = false;
      warnings.push({
        code: authority.deactivatedCode,
        message: `Step "${node.name || node.id}" of "${flow.name}" ${authority.doing} and arrives inactive: the token lacks the "${authority.scope}" scope.`,
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
export function refuseUnauthorisedSteps(flow: Flow, scopes: readonly TokenScope[], doing: string): void {
  const [first, ...others] = unauthorisedSteps(flow, scopes);
  if (!first) return;
  const { scope, noun } = first.authority;
  const names = [first, ...others].filter(({ authority }) => authority === first.authority).map(({ node }) => `"${node.name || node.id}"`).join(', ');
  throw new ApiError(
    'forbidden',
    `This token lacks the "${scope}" scope, so it cannot ${doing} a flow whose ${noun} ${names} is active. Switch it off (active: false), or use a token with that scope.`,
  );
}
