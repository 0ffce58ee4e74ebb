import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { EXAMPLES, EXPORT_FIXTURES, exportFlows, exportedConfig, readFlow, readFlows } from '../../../test/fixtures/export/load-fixtures';

const workspace = readFlows(join(EXAMPLES, 'contact-center'));
const ivr = workspace.find((flow) => flow.name === 'Sales IVR')!;

describe('export of contact-center flows', () => {
  it('keeps UUID references with their UUID and name', () => {
    const result = exportFlows([ivr], { workspaceFlows: workspace });
    expect(exportedConfig(result, ivr.id, 'sales-queue').queue).toEqual({ $ref: 'queue', uuid: '0c0b2fab-2285-4e46-917d-4f915bbe7894', name: 'Sales' });
    expect(result.report.items.map((item) => item.what)).toEqual(['phone number']);
  });

  it('empties a transfer\'s phone number by default, and keeps it, listed as kept, when the author says so', () => {
    const removed = exportFlows([ivr], { workspaceFlows: workspace });
    expect(exportedConfig(removed, ivr.id, 'support-desk').destination).toEqual({ mode: 'phoneNumber', phoneNumber: '' });
    expect(removed.report.keepable).toEqual({ 0: '+14155550142' });

    const kept = exportFlows([ivr], { workspaceFlows: workspace, keep: ['+1 415 555 0142'] });
    expect(exportedConfig(kept, ivr.id, 'support-desk').destination).toEqual({ mode: 'phoneNumber', phoneNumber: '+14155550142' });
    expect(kept.report.items).toEqual([]);
    expect(kept.pack?.manifest.kept).toEqual([expect.objectContaining({ nodeId: 'support-desk', what: 'phone number', action: 'kept' })]);
  });

  it('pulls the reusable flows a customer flow calls from the workspace into the pack', () => {
    const result = exportFlows([ivr], { workspaceFlows: workspace });
    expect(result.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
    expect(result.report.flows.map((flow) => [flow.name, flow.dependency])).toEqual([
      ['Sales IVR', false],
      ['Sales hold message', true],
      ['After-hours', true],
    ]);
    expect(result.pack?.flows.map((flow) => flow.name)).toEqual(['Sales IVR', 'Sales hold message', 'After-hours']);
  });

  it('refuses a customer flow whose reusable flow is not in the workspace', () => {
    const caller = readFlow(join(EXPORT_FIXTURES, 'diagnostics/DEPENDENCY_MISSING/support-line.flow.json'));
    const result = exportFlows([caller], { workspaceFlows: workspace });
    expect(result.pack).toBeUndefined();
    expect(result.diagnostics).toEqual([
      expect.objectContaining({ code: 'DEPENDENCY_MISSING', nodeId: 'run-missing', path: ['nodes', 1, 'config', 'flow'] }),
    ]);
    expect(result.diagnostics[0]!.message).toContain('"Satisfaction survey"');
  });

  it('refuses a flow with a script notation, naming the step', () => {
    const scripted = readFlow(join(EXPORT_FIXTURES, 'contact-center-script.flow.json'));
    const result = exportFlows([scripted]);
    expect(result.pack).toBeUndefined();
    expect(result.diagnostics).toEqual([expect.objectContaining({ code: 'EXPORT_BLOCKED', nodeId: 'route' })]);
    expect(result.diagnostics[0]!.message).toContain('"Route by CRM"');
  });
});
