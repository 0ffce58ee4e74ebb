import { findStepType, profileCatalog } from '../catalog/registry';
import type { Diagnostic } from '../format/diagnostic';
import type { Flow } from '../format/flow-schema';
import type { Profile } from '../format/profiles';
import { utf8Length } from '../validation/utf8-length';
import { diagnostic } from '../validation/messages';
import type { TenantLimits } from './catalog-snapshot';

/** The tenant's own limits, each one it does not state taken from its profile (conversations: 100 flows, 100 steps, 400 KB). */
export function effectiveLimits(profile: Profile, tenant: TenantLimits): TenantLimits {
  const documented = profileCatalog(profile).limits;
  const limits: TenantLimits = {};
  for (const key of ['maxFlows', 'maxSteps', 'maxBytes'] as const) {
    const value = tenant[key] ?? documented[key];
    if (value !== undefined) limits[key] = value;
  }
  return limits;
}

/**
 * Per-file limits on the document that would be imported: steps (nodes other than
 * triggers) and the UTF-8 size of its compact JSON, as the validator counts them.
 */
export function checkFileLimits(flow: Flow, limits: TenantLimits): Diagnostic[] {
  const out: Diagnostic[] = [];
  if (limits.maxSteps !== undefined) {
    const count = flow.nodes.filter((node) => findStepType(flow.profile, node.type)?.role !== 'trigger').length;
    if (count > limits.maxSteps) {
      out.push(diagnostic('error', 'LIMIT_STEPS', { count, max: limits.maxSteps, profile: flow.profile }, { flowId: flow.id, path: ['nodes'] }));
    }
  }
  if (limits.maxBytes !== undefined) {
    const size = utf8Length(JSON.stringify(flow));
    if (size > limits.maxBytes) {
      const kb = (bytes: number) => Math.ceil(bytes / 1024);
      out.push(diagnostic('error', 'LIMIT_SIZE', { size: kb(size), max: kb(limits.maxBytes), profile: flow.profile }, { flowId: flow.id, path: [] }));
    }
  }
  return out;
}

/** The tenant-wide flow count: the flows it has plus those the import adds (creates and copies; updates replace). */
export function checkFlowCount(profile: Profile, existing: number, added: number, limits: TenantLimits): Diagnostic[] {
  const max = limits.maxFlows;
  if (max === undefined || existing + added <= max) return [];
  return [diagnostic('error', 'LIMIT_FLOWS', { count: existing + added, existing, added, max, profile }, {})];
}
