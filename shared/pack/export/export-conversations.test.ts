import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { EXPORT_FIXTURES, exportFlows, exportedConfig, exportedFlow, readFlow } from '../../../test/fixtures/export/load-fixtures';

// Fixture: a workflow with a channel, a user, a team, an HTTP request holding an
// Authorization header, a token and credentials in its URL, and an API key in extension data.
const flow = readFlow(join(EXPORT_FIXTURES, 'conversations-rules.flow.json'));
const result = exportFlows([flow]);
const config = (nodeId: string) => exportedConfig(result, flow.id, nodeId);
const SECRETS = ['sk_live_51HxYz', 'hunter2', 'ops:', 'tok_live_9f8e7d', 'vendor-key-0042'];

describe('export of conversations workflows', () => {
  it('keeps channels and teams with id and name, for linking or removal on import', () => {
    expect(config('greet').channel).toEqual({ $ref: 'channel', id: '305118', name: 'WhatsApp Sales' });
    expect(config('team').team).toEqual({ $ref: 'team', id: '51870', name: 'Support' });
  });

  // conversations-workflows.es.txt: "si un paso de flujo de trabajo contiene datos como canales, ID de usuario o
  // equipos que no están en el espacio de trabajo, estos valores se eliminarán".
  it('reports the channel and the team as travelling with the flow, to be linked on the destination or removed there', () => {
    expect(result.report.travels.map((travel) => [travel.nodeId, travel.field?.en, travel.kind, travel.entity, travel.onImport])).toEqual([
      ['greet', 'Channel', 'channel', 'WhatsApp Sales', 'linkOrRemove'],
      ['team', 'Team', 'team', 'Support', 'linkOrRemove'],
    ]);
    // Nothing that is removed travels: the user left out is reported as removed, not as travelling.
    expect(result.report.travels.map((travel) => travel.kind)).not.toContain('user');
  });

  it('leaves users out, as people of the author\'s organisation: the step asks the destination to choose', () => {
    expect(config('to-agent').user).toEqual({ $ref: 'user' });
    const everything = JSON.stringify(result.pack);
    for (const personal of ['usr_4410', 'Ana Lima']) expect(everything).not.toContain(personal);
    expect(result.report.items).toContainEqual(expect.objectContaining({ nodeId: 'to-agent', path: ['nodes', 3, 'config', 'user'], what: 'user reference', action: 'removed' }));
  });

  it('names a removed reference by its kind as a code for each screen to word, and keeps that code out of the pack', () => {
    expect(result.report.items).toContainEqual(expect.objectContaining({ nodeId: 'to-agent', refKind: 'user', action: 'removed' }));
    expect(result.pack?.manifest.sanitisation.some((item) => 'refKind' in item)).toBe(false);
    const kept = exportFlows([flow], { keep: ['Ana Lima'] });
    expect(kept.report.kept).toEqual([expect.objectContaining({ nodeId: 'to-agent', refKind: 'user', action: 'kept' })]);
    expect(kept.pack?.manifest.kept?.some((item) => 'refKind' in item)).toBe(false);
  });

  it('keeps a user the author chooses to keep, by id or name, and lists it as kept on purpose', () => {
    const kept = exportFlows([flow], { keep: ['Ana Lima'] });
    expect(exportedConfig(kept, flow.id, 'to-agent').user).toEqual({ $ref: 'user', id: 'usr_4410', name: 'Ana Lima' });
    expect(kept.pack?.manifest.kept).toEqual([expect.objectContaining({ nodeId: 'to-agent', what: 'user reference', action: 'kept' })]);
    expect(kept.report.items.map((item) => item.what)).not.toContain('user reference');
  });

  it('empties HTTP header values and keeps the header names', () => {
    expect(config('lookup').headers).toEqual([
      { name: 'Authorization', value: '' },
      { name: 'Accept', value: '' },
    ]);
  });

  it('removes tokens and credentials from URLs, keeping the rest of the address', () => {
    expect(config('lookup').url).toBe('https://api.shop.example/orders?contact={{contact.id}}');
  });

  it('removes secrets from extension data and keeps what is not secret', () => {
    expect(exportedFlow(result, flow.id).nodes.find((node) => node.id === 'lookup')!.extensions).toEqual({
      vendor: { docs: 'https://docs.shop.example/orders' },
    });
  });

  it('leaves no secret anywhere in the pack or the report', () => {
    const everything = JSON.stringify(result.pack) + JSON.stringify(result.report);
    for (const secret of SECRETS) expect(everything).not.toContain(secret);
  });

  it('reports each removed secret by what it was', () => {
    expect(result.report.items.filter((item) => item.what !== 'user reference').map((item) => [item.path.slice(2).join('.'), item.what])).toEqual([
      ['config.headers.0.value', 'secret header value'],
      ['config.headers.1.value', 'secret header value'],
      ['extensions.vendor.apiKey', 'secret value'],
      ['config.url', 'credentials in a URL'],
      ['config.url', 'token in a URL (access_token parameter)'],
    ]);
  });

  it('does not change the flows it is given', () => {
    const before = JSON.stringify(flow);
    exportFlows([flow]);
    expect(JSON.stringify(flow)).toBe(before);
  });

  it('removes attachments wherever they are, even in extension data', () => {
    const withAttachment = structuredClone(flow);
    withAttachment.extensions = { brochure: { $ref: 'attachment', id: 'att_1', name: 'Prices.pdf' }, kept: true };
    const exported = exportedFlow(exportFlows([withAttachment]), flow.id);
    expect(exported.extensions).toEqual({ kept: true });
  });
});
