import type { Flow } from '../format/flow-schema';
import { copyJson } from '../json/copy-json';
import type { ExportResult } from './export/export-pack';
import type { ExportReport } from './export/export-report';
import { checkedPack, sharedProfile } from './export/pack-assembly';
import { collectPackEntities } from './export/pack-entities';
import { collectDependencies } from './export/reusable-dependencies';
import { PACK_FORMAT, PACK_VERSION } from './pack-schema';

export interface DeployOptions {
  /** The name the import report shows (1 to 200 characters). */
  name: string;
  /** The tool and version sending it, e.g. `flowpack-studio/0.1.0`. */
  generator: string;
  now?: Date;
  /** Every flow of the workspace, where the reusable flows the chosen ones call are looked up. */
  workspaceFlows?: readonly Flow[];
}

/**
 * The pack a push of workspace flows sends: the flows exactly as their files hold them, for
 * the tenant's import to plan as a deploy (`purpose: "deploy"`, docs/TENANT-API.md). Unlike
 * `exportPack`, which prepares a template for another organisation, nothing is removed
 * or switched off (the manifest's `sanitisation` is empty) and the flows' problems do not
 * refuse it: the tenant validates every flow and its plan says what refuses and what is left
 * to configure. Reusable flows the chosen ones call come along from the workspace, as in an
 * export; one the workspace lacks may already be on the tenant, whose plan links it.
 * Refused (no pack) only when there is nothing to send or the flows mix profiles.
 */
export function deployPack(flows: readonly Flow[], options: DeployOptions): ExportResult {
  const { profile, diagnostics } = sharedProfile(flows, 'a push sends at least one flow');
  const sameProfile = (options.workspaceFlows ?? []).filter((flow) => flow.profile === profile);
  const all = [...flows, ...collectDependencies(flows, sameProfile).added];
  const report: ExportReport = {
    packName: options.name,
    profile: diagnostics.length === 0 ? profile : undefined,
    flows: all.map((flow, index) => ({ id: flow.id, name: flow.name, dependency: index >= flows.length })),
    items: [],
    kept: [],
    travels: [],
    keepable: {},
  };
  if (diagnostics.length > 0) return { report, diagnostics };

  const candidate = {
    format: PACK_FORMAT,
    version: PACK_VERSION,
    manifest: { name: options.name, profile: profile!, createdAt: (options.now ?? new Date()).toISOString(), generator: options.generator, sanitisation: [] },
    flows: all.map((flow) => copyJson(flow)),
    entities: collectPackEntities(all),
  };
  const pack = checkedPack(candidate, diagnostics);
  return pack ? { pack, report, diagnostics } : { report, diagnostics };
}
