import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { EXPORT_FIXTURES, exportFlows, exportedConfig, exportedFlow, readFlow } from '../../../test/fixtures/export/load-fixtures';
import { metricFieldKey } from './pack-entities';

// Fixture: the client-onboarding example plus a task for a specific user, a move into another
// flow and a contact link in extension data.
const flow = readFlow(join(EXPORT_FIXTURES, 'pipeline-rules.flow.json'));
const result = exportFlows([flow]);
const text = JSON.stringify(result.pack);
const config = (nodeId: string) => exportedConfig(result, flow.id, nodeId);

describe('export of pipeline flows', () => {
  it('produces a pack', () => {
    expect(result.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
    expect(result.pack?.flows).toHaveLength(1);
  });

  it('never exports links to users, contacts or other flows', () => {
    for (const value of ['usr_20931', 'Marina Costa', 'usr_77001', 'Ana Lima', 'ct_55120', 'Jorge Pereira', 'flow_delivery_31', 'Delivery board']) {
      expect(text).not.toContain(value);
    }
    expect(config('move-to-delivery')).toEqual({ active: true, destination: { mode: 'flow', flow: { $ref: 'flow' }, column: 'Kickoff' } });
  });

  it('exports tags by name only', () => {
    expect(config('tag-new-client').tags).toEqual([{ $ref: 'tag', name: 'New client' }]);
    expect(text).not.toContain('tag_48120');
    expect(result.pack?.entities.tags).toEqual([{ name: 'New client' }]);
  });

  it('exports the flow metric and declares it as a custom field', () => {
    expect(exportedFlow(result, flow.id).entities.metric).toEqual({ name: 'Days to go live', type: 'duration', unit: 'days' });
    expect(result.pack?.entities.customFields).toContainEqual({ key: metricFieldKey(flow.id), name: 'Days to go live', type: 'number' });
  });

  it('exports email automations inactive, without sender or attachments, keeping message, subject and recipients', () => {
    const email = config('welcome-email');
    expect(email.active).toBe(false);
    expect(email).not.toHaveProperty('sender');
    expect(email).not.toHaveProperty('attachments');
    const original = flow.nodes.find((node) => node.id === 'welcome-email')!.config;
    expect(email).toMatchObject({ subject: original.subject, message: original.message, recipients: original.recipients });
    expect(text).not.toContain('Onboarding checklist.pdf');
  });

  it('keeps custom-field automations with their values and declares their fields', () => {
    expect(config('set-onboarding-status')).toEqual({
      active: true,
      customField: { $ref: 'customField', id: 'onboarding_status', name: 'Onboarding status' },
      value: 'In progress',
    });
    expect(result.pack?.entities.customFields.map((field) => field.key)).toContain('onboarding_status');
  });

  it('keeps task automations active with their settings; only the card leader survives as assignee', () => {
    expect(config('kickoff-task')).toEqual(flow.nodes.find((node) => node.id === 'kickoff-task')!.config);
    expect(config('task-for-ana')).toEqual({
      active: true,
      title: 'Review the contract',
      description: '',
      dueInDays: 3,
      assignee: { mode: 'user', user: { $ref: 'user' } },
    });
  });

  it('removes the author of a client-feed post', () => {
    expect(config('client-feed-post').author).toEqual({ $ref: 'user' });
    expect(config('client-feed-post').message).toContain('Welcome!');
  });

  it('reports every change with where and what, never the value', () => {
    const lines = result.report.items.map((item) => [item.nodeId, item.path.slice(2).join('.'), item.what, item.action]);
    expect(lines).toEqual([
      ['tag-new-client', 'config.tags.0', 'tag reference', 'keptByName'],
      ['welcome-email', 'config.sender', 'user reference', 'removed'],
      ['welcome-email', 'config.attachments.0', 'attachment', 'removed'],
      ['welcome-email', 'config.active', 'send email step', 'deactivated'],
      ['client-feed-post', 'config.author', 'user reference', 'removed'],
      ['task-for-ana', 'config.assignee.user', 'user reference', 'removed'],
      ['move-to-delivery', 'config.destination.flow', 'link to another flow', 'removed'],
      ['move-to-delivery', 'extensions.crm.accountOwner', 'contact reference', 'removed'],
    ]);
    // The labels and the kinds' and values' codes are for the author's screen: the manifest holds the items without them.
    expect(result.pack?.manifest.sanitisation).toEqual(result.report.items.map(({ field: _field, refKind: _refKind, value: _value, ...item }) => item));
  });

  it('names each field by its label in the UI\'s languages, not by its JSON path', () => {
    expect(result.report.items.map((item) => item.field?.en)).toEqual(['Tags 1', 'Sender', 'Attachments 1', 'Active', 'Author', 'User', 'Flow', 'Extension data of the step']);
    expect(result.report.items.map((item) => item.field?.es)).toEqual(['Etiquetas 1', 'Remitente', 'Adjuntos 1', 'Activa', 'Autor', 'Usuario', 'Flujo', 'Datos de extensiones del paso']);
  });

  // pipeline-export.pt.txt: "estas tags serão criadas nas organizações que instalarem seu fluxo" unless one has
  // "uma tag com o nome exatamente igual".
  it('reports what travels with the flow besides what changes: the tag by its name and the custom field, both reused or created on import', () => {
    expect(result.report.travels.map((travel) => [travel.nodeId, travel.field?.en, travel.kind, travel.entity, travel.byName, travel.onImport])).toEqual([
      ['tag-new-client', 'Tags 1', 'tag', 'New client', true, 'reuseOrCreate'],
      ['set-onboarding-status', 'Custom field', 'customField', 'Onboarding status', false, 'reuseOrCreate'],
    ]);
  });
});
