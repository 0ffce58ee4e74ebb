import type { Diagnostic } from '../../shared/format/diagnostic';
import type { ImportPlan } from '../../shared/import/import-plan';
import type { SignatureCheck } from '../../shared/pack/signature/verify-pack';
import type { ActorPerson } from '../../shared/tenant-api/people';
import type { ImportEntity, ImportMode, ImportReport, ImportWarning } from '../../shared/tenant-api/imports';

export interface ReportInput {
  id: string;
  mode: ImportMode;
  now: Date;
  tokenId: string;
  tokenLabel: string;
  /** The token's person; null for a machine token. */
  user: ActorPerson;
  packFlows: number;
  signature: SignatureCheck;
  allowTampered: boolean;
  plan: ImportPlan;
  /** Warnings of the server's own (a client-feed post switched off). */
  serverWarnings: ImportWarning[];
}

const warningOf = (d: Diagnostic): ImportWarning => ({
  code: d.code,
  message: d.message,
  ...(d.flowId === undefined ? {} : { flowId: d.flowId }),
  ...(d.nodeId === undefined ? {} : { nodeId: d.nodeId }),
});

/**
 * The report of a planned import, before anything is applied: per flow the plan without
 * its document (the client has it), the entities it would create, and every warning.
 */
export function planReport(input: ReportInput): ImportReport {
  const { plan } = input;
  const flowWarnings = plan.flows.flatMap((flow) => flow.diagnostics);
  const warnings = [...plan.diagnostics, ...flowWarnings].filter((d) => d.severity === 'warning').map(warningOf);
  const { creates, ...counts } = plan.summary;
  const created: ImportEntity[] = creates.map((entity) => ({ ...entity }));
  return {
    id: input.id,
    mode: input.mode,
    applied: false,
    createdAt: input.now.toISOString(),
    tokenId: input.tokenId,
    tokenLabel: input.tokenLabel,
    user: input.user,
    pack: { name: plan.packName, profile: plan.profile, flows: input.packFlows, signature: { ...input.signature }, allowTampered: input.allowTampered },
    flows: plan.flows.map(({ document: _document, status: _status, ...flow }) => flow),
    diagnostics: plan.diagnostics,
    summary: { ...counts, warnings: counts.warnings + input.serverWarnings.length },
    created,
    warnings: [...warnings, ...input.serverWarnings],
  };
}
