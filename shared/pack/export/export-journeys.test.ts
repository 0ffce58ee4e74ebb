import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { EXPORT_FIXTURES, exportFlows, exportedConfig, readFlow } from '../../../test/fixtures/export/load-fixtures';

const flow = readFlow(join(EXPORT_FIXTURES, 'journeys-rules.flow.json'));
const result = exportFlows([flow]);
const config = (nodeId: string) => exportedConfig(result, flow.id, nodeId);

describe('export of journeys', () => {
  it('carries segments and custom fields as declarations, for matching on import', () => {
    expect(result.pack?.entities.segments).toEqual([{ id: 'seg_7', name: 'VIP customers' }]);
    expect(result.pack?.entities.customFields).toEqual([{ key: 'lead_score', name: 'Lead score', type: 'number' }]);
    expect(config('is-vip')).toEqual(flow.nodes.find((node) => node.id === 'is-vip')!.config);
    expect(config('score')).toEqual(flow.nodes.find((node) => node.id === 'score')!.config);
  });

  it('removes product filters and integrated-form references', () => {
    expect(config('bought-boots')).toEqual({ condition: { kind: 'productFilter', products: [] } });
    expect(config('trigger')).toEqual({ form: { $ref: 'form' } });
    const text = JSON.stringify(result.pack);
    for (const value of ['sku_881', 'Trail boots', 'form_2231', 'Newsletter signup']) expect(text).not.toContain(value);
    expect(result.report.items.map((item) => item.what)).toEqual(['integrated form reference', 'product filter reference']);
  });

  it('refuses a journey with a custom integration, naming the step', () => {
    const blocked = readFlow(join(EXPORT_FIXTURES, 'diagnostics/EXPORT_BLOCKED/journeys-custom-integration.flow.json'));
    const refused = exportFlows([blocked]);
    expect(refused.pack).toBeUndefined();
    expect(refused.diagnostics).toEqual([
      expect.objectContaining({ code: 'EXPORT_BLOCKED', severity: 'error', flowId: blocked.id, nodeId: 'push-crm' }),
    ]);
    expect(refused.diagnostics[0]!.message).toContain('"Push to CRM"');
    expect(refused.diagnostics[0]!.message).toContain('Custom integration');
  });

  // journeys-workflows.en.txt: "You can export any workflow, regardless of its current state: draft, active, finalized, etc."
  it('exports a draft whose e-mail has no subject yet, listing the subject as to configure', () => {
    const draft = structuredClone(flow);
    const config = { subject: '', preheader: '', body: '<p>Hello</p>', senderName: 'Store', senderEmail: 'news@example.com' };
    const email = { id: 'welcome-email', type: 'sendEmail', name: 'Welcome e-mail', position: { x: 600, y: 300 }, config };
    draft.nodes.push(email);
    const exported = exportFlows([draft]);
    expect(exported.pack).toBeDefined();
    expect(exported.diagnostics).toContainEqual(expect.objectContaining({ code: 'CONFIG_REQUIRED', severity: 'error', nodeId: email.id, path: ['nodes', draft.nodes.indexOf(email), 'config', 'subject'] }));
    expect(exportedConfig(exported, draft.id, email.id).subject).toBe('');
  });
});
