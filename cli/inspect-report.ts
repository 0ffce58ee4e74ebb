import { findStepType } from '../shared/catalog/registry';
import type { Flow } from '../shared/format/flow-schema';
import { formatReportItem } from '../shared/pack/export/format-report';
import type { LoadedPack } from '../shared/pack/load-pack';
import type { Pack, SanitisationItem } from '../shared/pack/pack-schema';
import { claimedAuthorWarning } from '../shared/pack/signature/signature-policy';
import type { SignatureCheck } from '../shared/pack/signature/verify-pack';
import { asPackFinding } from './check-document';
import { printable } from './printable';

/** What `flowpack inspect` tells about a pack; `--json` prints it as is. */
export interface InspectReport {
  path: string;
  manifest: Omit<Pack['manifest'], 'sanitisation'>;
  flows: { id: string; name: string; profile: string; kind: string; steps: number }[];
  entities: Pack['entities'];
  signature: SignatureCheck;
  sanitisation: SanitisationItem[];
  /** Validation findings in the pack's flows, counted; `flowpack validate` lists them. */
  problems: { errors: number; warnings: number };
}

/** Builds the report of a pack that loaded, with the result of checking its signature. */
export function buildInspectReport(path: string, loaded: LoadedPack & { pack: Pack }, signature: SignatureCheck): InspectReport {
  const { pack } = loaded;
  const { sanitisation, ...manifest } = pack.manifest;
  const loadedFlows = new Map(loaded.flows.map((entry) => [entry.index, entry.flow]));
  const flows = pack.flows.map((raw, index) => describeFlow(raw, loadedFlows.get(index)));
  // Counted as `flowpack validate` reports them, which this line points to.
  const findings = loaded.diagnostics.map(asPackFinding);
  const count = (severity: string) => findings.filter((d) => d.severity === severity).length;
  return { path, manifest, flows, entities: pack.entities, signature, sanitisation, problems: { errors: count('error'), warnings: count('warning') } };
}

/** A flow that did not load (its own diagnostics say why) is still listed from what it holds. */
function describeFlow(raw: Record<string, unknown>, flow: Flow | undefined): InspectReport['flows'][number] {
  const text = (value: unknown) => (typeof value === 'string' ? value : '?');
  if (!flow) {
    const steps = Array.isArray(raw.nodes) ? raw.nodes.length : 0;
    return { id: text(raw.id), name: text(raw.name), profile: text(raw.profile), kind: text(raw.kind), steps };
  }
  // Steps as the platforms count them for their limits: every node but the trigger.
  const steps = flow.nodes.filter((node) => findStepType(flow.profile, node.type)?.role !== 'trigger').length;
  return { id: flow.id, name: flow.name, profile: flow.profile, kind: flow.kind, steps };
}

/**
 * One line about the signature, the part of the report a reader must not miss; and a second,
 * a warning, when the pack claims the author of a trusted key that did not sign it.
 */
export function describeSignature(check: SignatureCheck): string {
  const warning = claimedAuthorWarning(check);
  return warning === null ? signatureStatusLine(check) : `${signatureStatusLine(check)}\nWARNING: ${printable(warning)}`;
}

function signatureStatusLine(check: SignatureCheck): string {
  const key = check.fingerprint === undefined ? '' : `key ${check.fingerprint}`;
  switch (check.status) {
    case 'unsigned':
      return 'unsigned (no signature: where the pack comes from cannot be checked)';
    case 'valid':
      return `signed and valid: ${printable(check.author ?? '')}, ${key}`;
    case 'untrusted':
      return (
        `valid signature from an unknown key: ${key}` +
        (check.author === undefined ? '' : `, claims to be ${printable(check.author)}`) +
        ' (trust it with --trust <file.pub> once you know whose key it is)'
      );
    case 'tampered':
      return `TAMPERED: ${check.reason ?? 'the signature does not verify'}${key === '' ? '' : ` (${key})`}; do not import this pack`;
  }
}

/** The report as lines for people. */
export function formatInspectReport(report: InspectReport): string {
  const { manifest } = report;
  const plural = (count: number, one: string, many = `${one}s`) => `${count} ${count === 1 ? one : many}`;
  const lines = [
    `Pack:         ${printable(manifest.name)}`,
    ...(manifest.description === '' ? [] : [`Description:  ${printable(manifest.description)}`]),
    `Author:       ${printable(manifest.author === '' ? '(none)' : manifest.author)}`,
    `Profile:      ${manifest.profile}`,
    `Created:      ${manifest.createdAt}`,
    `Generator:    ${printable(manifest.generator)}`,
    `Signature:    ${describeSignature(report.signature)}`,
    `Flows (${report.flows.length}):`,
    ...report.flows.map((flow) => `  ${printable(flow.name)} (${flow.profile}, ${flow.kind}, ${plural(flow.steps, 'step')})`),
    `Entities:     ${plural(report.entities.tags.length, 'tag')}, ${plural(report.entities.customFields.length, 'custom field')}, ${plural(report.entities.segments.length, 'segment')}`,
    `Sanitisation (${plural(report.sanitisation.length, 'change')}):`,
    // The same lines export printed, so what a recipient reads matches what the author saw.
    ...report.sanitisation.map((item) => `  ${printable(formatReportItem(item))}`),
    // Personal data the author left in deliberately, listed as export listed it.
    ...(manifest.kept === undefined || manifest.kept.length === 0 ? [] : [`Kept on purpose (${manifest.kept.length}):`, ...manifest.kept.map((item) => `  ${printable(formatReportItem(item))}`)]),
    `Checks:       ${plural(report.problems.errors, 'error')}, ${plural(report.problems.warnings, 'warning')}` +
      (report.problems.errors + report.problems.warnings > 0 ? ` (flowpack validate ${printable(report.path)} lists them)` : ''),
  ];
  return `${lines.join('\n')}\n`;
}
