import type { Diagnostic } from '../../format/diagnostic';
import { hasRefusingErrors } from '../../format/diagnostic-class';
import type { Flow } from '../../format/flow-schema';
import { validateFlowsTogether } from '../../validation/validate-set';
import { PACK_FORMAT, PACK_VERSION } from '../pack-schema';
import type { Pack } from '../pack-schema';
import type { ExportReport, ReportField, ReportItem } from './export-report';
import { reportFieldLabels } from './report-fields';
import type { SanitisationItem } from '../pack-schema';
import { checkedPack, sharedProfile } from './pack-assembly';
import { collectPackEntities } from './pack-entities';
import { collectDependencies } from './reusable-dependencies';
import { sanitiseFlow } from './sanitise-flow';
import { KeepList, scrubText } from './text-scrubber';
import { diagnostic } from '../../validation/messages';
import type { FlowTestFile } from '../../runtime/flow-test-schema';
import { sanitiseTestFile } from './sanitise-tests';

export interface ExportOptions {
  /** The pack's name (1 to 200 characters). */
  name: string;
  description?: string;
  author?: string;
  /** The export time written as `createdAt`; now when absent. */
  now?: Date;
  /** The tool and version writing the pack, e.g. `flowpack-studio/0.1.0`. */
  generator: string;
  /** Every flow of the workspace, where flows the chosen ones call are looked up. */
  workspaceFlows?: readonly Flow[];
  /**
   * Personal data to keep on purpose (a support address, a user by id or name): kept where it
   * is, and listed in the manifest's `kept`. Secrets are never kept.
   */
  keep?: readonly string[];
  /**
   * The test file of a flow, by the flow's id, when it has one: the pack carries the tests of
   * every flow it carries (the chosen ones and the flows they call), sanitised like the flows.
   */
  testsOf?: (flowId: string) => FlowTestFile | undefined;
}

export interface ExportResult {
  /** The pack, when export was not refused. */
  pack?: Pack;
  report: ExportReport;
  /** Why export was refused (errors that refuse), what the flows still need (errors to configure), and warnings. */
  diagnostics: Diagnostic[];
}

/**
 * Builds a template pack from flows, applying the export rules of their profile (see
 * {@link sanitiseFlow}). Pure: the input flows are not changed and nothing is written.
 *
 * @remarks
 * Refused, with diagnostics and no pack, when the flows have errors that make them unusable
 * (see `DIAGNOSTIC_CLASSES`): malformed, over a limit, two sharing an id (`ID_DUPLICATE`), of
 * different profiles (`PACK_PROFILE_MIXED`), a step or reference that is never exported
 * (`EXPORT_BLOCKED`), a called reusable flow not in the workspace (`DEPENDENCY_MISSING`). A flow
 * that is only incomplete (a placeholder, an empty required field, a loop) is exported, as the
 * platforms export a flow in any state; its findings come back as errors to configure.
 *
 * @example
 * const { pack, report, diagnostics } = exportPack([flow], { name: 'Sales IVR', generator: 'flowpack-studio/0.1.0' });
 */
export function exportPack(flows: readonly Flow[], options: ExportOptions): ExportResult {
  const { profile, diagnostics } = sharedProfile(flows, 'a pack holds at least one flow');
  const sameProfile = (options.workspaceFlows ?? []).filter((flow) => flow.profile === profile);
  const dependencies = collectDependencies(flows, sameProfile);
  diagnostics.push(...dependencies.missing);
  const all = [...flows, ...dependencies.added];

  // One pass: each flow's own checks with the others as context, then the set's checks.
  for (const found of validateFlowsTogether(all)) diagnostics.push(...found);

  const keep = new KeepList(options.keep);
  diagnostics.push(...manifestLeaks(options, keep));
  const sanitised = all.map((flow) => sanitiseFlow(flow, keep));
  for (const result of sanitised) diagnostics.push(...result.blocked);
  const keepable: Record<number, string> = {};
  let offset = 0;
  for (const result of sanitised) {
    for (const [index, value] of result.keepable) keepable[offset + index] = value;
    offset += result.items.length;
  }
  // Each value named by its field's label, read from the flow as the author wrote it (the paths are its paths).
  const named = <T extends { path: (string | number)[] }>(list: (result: (typeof sanitised)[number]) => T[]) =>
    sanitised.flatMap((result, index) => list(result).map((item) => withField(item, reportFieldLabels(all[index]!, item.path))));
  const tests = sanitised.flatMap((result) => {
    const file = options.testsOf?.(result.flow.id);
    return file && file.tests.length > 0 ? [sanitiseTestFile(file, result.flow, keep)] : [];
  });
  const report: ExportReport = {
    packName: options.name,
    profile: all.every((flow) => flow.profile === profile) ? profile : undefined,
    // Names as they are in the pack: a name can hold an address or a secret too.
    flows: sanitised.map((result, index) => ({ id: result.flow.id, name: result.flow.name, dependency: index >= flows.length })),
    items: [...named((result) => result.items), ...tests.flatMap((result) => result.items)],
    kept: [...named((result) => result.kept), ...tests.flatMap((result) => result.kept)],
    travels: named((result) => result.travels),
    keepable,
  };
  if (hasRefusingErrors(diagnostics)) return { report, diagnostics };

  const candidate = {
    format: PACK_FORMAT,
    version: PACK_VERSION,
    manifest: {
      name: options.name,
      description: options.description ?? '',
      author: options.author ?? '',
      profile: profile!,
      createdAt: (options.now ?? new Date()).toISOString(),
      generator: options.generator,
      sanitisation: report.items.map(withoutField),
      ...(report.kept.length > 0 ? { kept: report.kept.map(withoutField) } : {}),
    },
    flows: sanitised.map((result) => result.flow),
    entities: collectPackEntities(sanitised.map((result) => result.flow)),
    // Written only when there are tests, so a pack without them is what it was before tests travelled.
    ...(tests.length > 0 ? { tests: tests.map((result) => result.file) } : {}),
  };
  const pack = checkedPack(candidate, diagnostics);
  return pack ? { pack, report, diagnostics } : { report, diagnostics };
}

/**
 * The manifest's texts are typed by the author (and a pack's name defaults to a flow's), and
 * travel as they are: one holding a secret or personal data the author did not keep refuses the
 * export, with where and what, rather than being changed behind the author's back.
 */
function manifestLeaks(options: ExportOptions, keep: KeepList): Diagnostic[] {
  const found: Diagnostic[] = [];
  for (const field of ['name', 'description', 'author'] as const) {
    const value = options[field];
    if (!value) continue;
    const leaks = (scrubText(value, keep)?.findings ?? []).filter((finding) => !finding.kept);
    if (leaks.length === 0) continue;
    const whats = [...new Set(leaks.map((finding) => finding.what))].join(', ');
    const advice = leaks.every((finding) => finding.personal) ? 'remove it, or keep it on purpose' : 'remove it';
    found.push(diagnostic('error', 'FORMAT_INVALID', { where: `manifest.${field}`, detail: `it holds ${whats}, which a pack never carries unless kept on purpose: ${advice}` }, { path: ['manifest', field] }));
  }
  return found;
}

function withField<T extends object>(item: T, field: ReportField['field']): T & ReportField {
  return field === undefined ? item : { ...item, field };
}

/** A report item as the manifest holds it: the labels and the kind's code are for the author's screen, not the pack. */
function withoutField({ field: _field, refKind: _refKind, value: _value, ...item }: ReportItem): SanitisationItem {
  return item;
}
