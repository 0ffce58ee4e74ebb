import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { DIAGNOSTIC_FIXTURES, EXAMPLES, EXPORT_FIXTURES, FIXED_NOW, exportFlows, readFlow, readFlows } from '../../../test/fixtures/export/load-fixtures';
import type { DiagnosticCode } from '../../format/diagnostic';
import { DIAGNOSTIC_CLASSES } from '../../format/diagnostic-class';
import { loadFlow } from '../../validation/load-flow';
import { loadPack } from '../load-pack';
import { serializePack } from './serialize-pack';

const codes = (result: { diagnostics: { code: string; severity: string }[] }) =>
  result.diagnostics.filter((d) => d.severity === 'error').map((d) => d.code);

describe('exportPack: one fixture per export diagnostic code', () => {
  const folder = join(EXPORT_FIXTURES, 'diagnostics');
  it.each(readdirSync(folder).sort())('%s: exporting the flows of its folder reports it, and writes no pack', (code) => {
    const result = exportFlows(readFlows(join(folder, code)));
    expect(codes(result)).toContain(code);
    expect(result.pack).toBeUndefined();
  });
});

// journeys-workflows.en.txt: "You can export any workflow, regardless of its current state".
describe('exportPack: incomplete is not invalid', () => {
  it('exports a flow whose only errors are to configure, returning them with the pack', () => {
    const result = exportFlows([readFlow(join(DIAGNOSTIC_FIXTURES, 'CONFIG_REQUIRED.flow.json'))]);
    expect(result.pack).toBeDefined();
    expect(codes(result)).toEqual(['CONFIG_REQUIRED']);
  });

  // One fixture per validator code: export refuses exactly the codes that make a flow unusable.
  const fixtures = readdirSync(DIAGNOSTIC_FIXTURES).filter((name) => name.endsWith('.flow.json') && name !== 'valid.flow.json');
  it.each(fixtures.sort())('%s: refused only when its code makes the flow unusable', (file) => {
    const code = file.replace('.flow.json', '') as DiagnosticCode;
    const flow = loadFlow(JSON.parse(readFileSync(join(DIAGNOSTIC_FIXTURES, file), 'utf8'))).flow;
    if (!flow) return; // not structurally a flow (FORMAT_TOO_NEW, PROFILE_UNKNOWN...): nothing to export
    const result = exportFlows([flow]);
    expect(result.pack === undefined, code).toBe(DIAGNOSTIC_CLASSES[code] === 'unusable');
  });
});

describe('exportPack refuses', () => {
  it.each(['LIMIT_STEPS', 'LIMIT_SIZE'])('a conversations workflow over the platform limit (%s)', (code) => {
    const result = exportFlows([readFlow(join(DIAGNOSTIC_FIXTURES, `${code}.flow.json`))]);
    expect(result.pack).toBeUndefined();
    expect(codes(result)).toContain(code);
  });

  it('flows of different profiles in one pack', () => {
    const result = exportFlows(readFlows(join(EXPORT_FIXTURES, 'diagnostics/PACK_PROFILE_MIXED')));
    expect(result.diagnostics).toEqual([expect.objectContaining({ code: 'PACK_PROFILE_MIXED', path: ['profile'] })]);
    expect(result.diagnostics[0]!.message).toBe('This is a conversations flow, but the pack holds pipeline flows; all flows of one pack share a profile.');
  });

  it('two flows with the same id', () => {
    const flow = readFlow(join(EXAMPLES, 'pipeline/client-onboarding.flow.json'));
    const result = exportFlows([flow, { ...flow, name: 'Copy' }]);
    expect(result.pack).toBeUndefined();
    expect(codes(result)).toEqual(['ID_DUPLICATE']);
  });

  it('no flows at all, or a pack name that is empty', () => {
    expect(codes(exportFlows([]))).toEqual(['FORMAT_INVALID']);
    const flow = readFlow(join(EXAMPLES, 'pipeline/client-onboarding.flow.json'));
    const unnamed = exportFlows([flow], { name: '' });
    expect(unnamed.pack).toBeUndefined();
    expect(unnamed.diagnostics).toEqual([expect.objectContaining({ code: 'FORMAT_INVALID', path: ['manifest', 'name'] })]);
  });
});

describe('the manifest the author types', () => {
  const flow = readFlow(join(EXAMPLES, 'pipeline/client-onboarding.flow.json'));

  it('refuses a pack whose name, description or author holds a secret or personal data, saying where and what', () => {
    const result = exportFlows([flow], { name: 'Kit sk_live_51HxYzAbCdEfGhIjKlMnOp', author: 'Ana <ana.lima@acme.com>' });
    expect(result.pack).toBeUndefined();
    expect(result.diagnostics.map((d) => [d.code, d.path, d.message])).toEqual([
      ['FORMAT_INVALID', ['manifest', 'name'], expect.stringContaining('Stripe key')],
      ['FORMAT_INVALID', ['manifest', 'author'], expect.stringContaining('e-mail address')],
    ]);
  });

  it('accepts an address in the author field that the author keeps on purpose', () => {
    const result = exportFlows([flow], { author: 'Ana <ana.lima@acme.com>', keep: ['ana.lima@acme.com'] });
    expect(result.pack?.manifest.author).toBe('Ana <ana.lima@acme.com>');
  });
});

describe('the exported pack', () => {
  const workspace = readFlows(join(EXAMPLES, 'contact-center'));
  // The support desk's line is the business's own number: the author keeps it on purpose.
  const result = exportFlows(workspace, { name: 'Sales line', description: 'IVR and hold music', author: 'Ana Consultant', keep: ['+14155550142'] });

  it('has the manifest the caller asked for', () => {
    expect(result.pack?.manifest).toEqual({
      name: 'Sales line',
      description: 'IVR and hold music',
      author: 'Ana Consultant',
      profile: 'contact-center',
      createdAt: FIXED_NOW.toISOString(),
      generator: 'flowpack-studio/test',
      sanitisation: [],
      kept: [
        {
          flowId: workspace.find((flow) => flow.name === 'Sales IVR')!.id,
          flowName: 'Sales IVR',
          nodeId: 'support-desk',
          nodeName: 'Transfer to support desk',
          path: ['nodes', 4, 'config', 'destination', 'phoneNumber'],
          what: 'phone number',
          action: 'kept',
        },
      ],
    });
  });

  it('loads back without findings and serialises canonically', () => {
    const text = serializePack(result.pack!);
    const loaded = loadPack(JSON.parse(text));
    expect(loaded.diagnostics).toEqual([]);
    expect(loaded.flows.map((entry) => entry.flow.name)).toEqual(workspace.map((flow) => flow.name));
    expect(serializePack(loaded.pack!)).toBe(text);
    expect(text.indexOf('"format"')).toBeLessThan(text.indexOf('"manifest"'));
    // Kept items are written in the format's field order, like sanitisation items.
    expect(text).toMatch(/"kept": \[\n\s+\{\n\s+"flowId": [^\n]+\n\s+"flowName": [^\n]+\n\s+"nodeId"/);
  });

  it('declares only entities that survive sanitisation', () => {
    const pipeline = readFlow(join(EXPORT_FIXTURES, 'pipeline-rules.flow.json'));
    pipeline.nodes[1]!.config.tags = [
      { $ref: 'tag', id: 'tag_1', name: 'New client' },
      { $ref: 'tag', id: 'tag_2', name: 'Onboarding' },
    ];
    pipeline.extensions = {
      owner: { $ref: 'contact', id: 'ct_1', name: 'Jo', segment: { $ref: 'segment', id: 'seg_9', name: 'Hidden' } },
      audience: { $ref: 'segment', id: 'seg_10', name: 'Kept' },
    };
    const exported = exportFlows([pipeline]);
    expect(exported.pack?.entities.tags).toEqual([{ name: 'New client' }, { name: 'Onboarding' }]);
    // The segment inside the removed contact link went with it; the one linked directly travels.
    expect(exported.pack?.entities.segments).toEqual([{ id: 'seg_10', name: 'Kept' }]);
  });
});
