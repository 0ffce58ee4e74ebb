import type { Diagnostic } from '../shared/format/diagnostic';
import { isToConfigure } from '../shared/format/diagnostic-class';
import type { FlowPlan, ImportPlan, RefOutcome } from '../shared/import/import-plan';
import { formatPath } from '../shared/validation/messages';
import { printable, quoted } from './printable';

type Colour = 'red' | 'yellow' | 'green' | 'blue' | 'dim';
const CODES: Record<Colour, string> = { red: '31', yellow: '33', green: '32', blue: '34', dim: '2' };

/** Colours of the import preview: green linked, reused or kept from the tenant, blue created, yellow removed, red placeholder. */
const OUTCOME_COLOURS: Record<RefOutcome, Colour> = { linked: 'green', reused: 'green', created: 'blue', removed: 'yellow', placeholder: 'red', unresolved: 'red', kept: 'green' };

/**
 * The plan as lines people read: per flow (in import order) its action and each
 * reference's outcome, then the findings, then a summary. ANSI colours only when asked
 * (the command asks when stdout is a terminal and NO_COLOR is not set).
 */
export function formatHumanPlan(plan: ImportPlan, colours: boolean): string {
  const paint = (colour: Colour, text: string) => (colours ? `\u001b[${CODES[colour]}m${text}\u001b[0m` : text);
  const lines: string[] = [
    `Plan: pack ${quoted(plan.packName)} (${plan.profile}) into tenant ${quoted(plan.tenant.name)} (${plan.tenant.profile}, ${printable(plan.tenant.id)})`,
    '',
  ];
  plan.flows.forEach((flow, index) => {
    lines.push(`${index + 1}. ${actionText(flow)}`);
    for (const reference of flow.references) {
      const where = `${reference.nodeId === undefined ? '' : `node ${quoted(reference.nodeId)} `}${formatPath(reference.path)}`;
      lines.push(`     ${paint(OUTCOME_COLOURS[reference.outcome], reference.outcome.padEnd(11))} ${printable(reference.message)} ${paint('dim', `(${where})`)}`);
    }
    for (const d of flow.diagnostics) lines.push(`   ${diagnosticLine(d, paint)}`);
  });
  if (plan.diagnostics.length > 0) {
    lines.push('Whole import:');
    for (const d of plan.diagnostics) lines.push(`   ${diagnosticLine(d, paint)}`);
  }
  const { actions, references, creates, errors, toConfigure, warnings } = plan.summary;
  lines.push(
    '',
    `Flows: ${actions.create} create, ${actions.update} update, ${actions.copy} copy, ${actions.skip} skip. ` +
      `References: ${referenceCounts(references)}.`,
  );
  if (creates.length > 0) lines.push(`Creates: ${creates.map((entity) => `${entity.kind} ${quoted(entity.name)}`).join(', ')}.`);
  const verdict = errors > 0 ? paint('red', 'The plan has errors: resolve them (see --decisions) before importing.') : 'The plan can be applied.';
  lines.push(`${countsLine(errors, toConfigure, warnings)} ${verdict}`);
  if (toConfigure > 0) lines.push(...toConfigureSection(plan.flows));
  return `${lines.join('\n')}\n`;
}

/** `0 errors, 9 to configure, 1 warning.` */
/**
 * What happened to the references, counted by outcome; the outcomes only some profiles or
 * deploys have (UUIDs kept for the tenant to resolve, values kept from the tenant) appear when
 * they occur.
 */
export function referenceCounts(references: Readonly<Record<RefOutcome, number>>): string {
  const counts = [`${references.linked} linked`, `${references.reused} reused`, `${references.created} created`, `${references.placeholder} placeholder`];
  if (references.unresolved > 0) counts.push(`${references.unresolved} unresolved (UUID kept, to configure)`);
  counts.push(`${references.removed} removed`);
  if (references.kept > 0) counts.push(`${references.kept} kept from the tenant`);
  return counts.join(', ');
}

export function countsLine(errors: number, toConfigure: number | undefined, warnings: number): string {
  const configure = toConfigure === undefined ? '' : `${toConfigure} to configure, `;
  return `${errors} ${errors === 1 ? 'error' : 'errors'}, ${configure}${warnings} ${warnings === 1 ? 'warning' : 'warnings'}.`;
}

/**
 * The flows that arrive as drafts with items to configure, one line each (`"Sales IVR": 3 to
 * configure`), under a line saying what to do about them.
 */
export function toConfigureSection(flows: readonly { name: string; diagnostics: readonly { severity: Diagnostic['severity']; code: string }[] }[]): string[] {
  const lines = flows.flatMap((flow) => {
    const count = flow.diagnostics.filter(isToConfigure).length;
    return count === 0 ? [] : [`  ${quoted(flow.name)}: ${count} to configure`];
  });
  if (lines.length === 0) return [];
  return ['To configure: these flows arrive as drafts to finish before they go live (or choose entities now with --decisions):', ...lines];
}

function actionText(flow: FlowPlan): string {
  const kind = flow.kind === undefined || flow.kind === 'standard' ? '' : ` (${flow.kind})`;
  const name = `${quoted(flow.name)}${kind}`;
  switch (flow.action) {
    case 'create':
      return `create ${name} as a draft`;
    case 'update':
      return `update ${name}, replacing ${quoted(flow.replaces?.name ?? flow.flowId)}; it becomes a draft`;
    case 'copy':
      return `copy ${name} as a new draft with id ${flow.targetId}`;
    case 'skip':
      return `skip ${name}`;
  }
}

function diagnosticLine(d: Diagnostic, paint: (colour: Colour, text: string) => string): string {
  // Errors to configure do not refuse the import: they are named for what the admin does about them.
  const severity = isToConfigure(d) ? paint('red', 'to configure') : d.severity === 'error' ? paint('red', 'error') : d.severity === 'warning' ? paint('yellow', 'warning') : 'info';
  const node = d.nodeId === undefined ? '' : ` (node ${quoted(d.nodeId)})`;
  return `${severity} ${d.code} ${printable(d.message)}${node}`;
}
