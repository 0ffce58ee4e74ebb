import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { DIAGNOSTIC_CODES } from '../format/diagnostic';
import { DEPLOY_PLAN_DIAGNOSTIC_CODES, TENANT_PLAN_DIAGNOSTIC_CODES } from '../import/import-plan';
import type { Diagnostic } from '../format/diagnostic';
import { loadFlow } from './load-flow';
import type { Flow } from '../format/flow-schema';
import { validateFlowSet } from './validate-set';
import { createValidator, validate } from './validator';

const FIXTURES = join(import.meta.dirname, '../../test/fixtures/diagnostics');
const IMPORT_CASES = join(import.meta.dirname, '../../test/fixtures/import/codes');
const EXPORT_CASES = join(import.meta.dirname, '../../test/fixtures/export/diagnostics');
const read = (name: string): unknown => JSON.parse(readFileSync(join(FIXTURES, name), 'utf8'));
const codes = (diagnostics: Diagnostic[]) => diagnostics.map((d) => d.code);

describe('validate: one fixture per diagnostic code', () => {
  it('the base fixture every other one derives from is clean', () => {
    expect(loadFlow(read('valid.flow.json')).diagnostics).toEqual([]);
  });

  const single = readdirSync(FIXTURES).filter((file) => file.endsWith('.flow.json') && file !== 'valid.flow.json');
  it('every code has a fixture', () => {
    // Import planning's codes have one case each under test/fixtures/import/codes, run by shared/import/plan-codes.test.ts.
    const planned = readdirSync(IMPORT_CASES).filter((file) => file.endsWith('.case.json')).map((file) => file.replace('.case.json', ''));
    // Export's codes have one folder of flows each under test/fixtures/export/diagnostics, run by shared/pack/export/export-pack.test.ts.
    const exported = readdirSync(EXPORT_CASES);
    // A tenant's own plan codes are covered by the server's import suites (server/test/import-lifecycle.suite.ts).
    const covered = new Set([...single.map((file) => file.replace('.flow.json', '')), 'LOOP_CROSS_FLOW', ...planned, ...exported, ...TENANT_PLAN_DIAGNOSTIC_CODES, ...DEPLOY_PLAN_DIAGNOSTIC_CODES]);
    expect([...covered].sort()).toEqual([...DIAGNOSTIC_CODES].sort());
  });

  it.each(single)('%s reports its code', (file) => {
    const code = file.replace('.flow.json', '');
    const found = loadFlow(read(file)).diagnostics;
    expect(codes(found)).toContain(code);
  });

  it('LOOP_CROSS_FLOW names the cycle of workflows that trigger each other', () => {
    const dir = join(FIXTURES, 'LOOP_CROSS_FLOW');
    const flows = readdirSync(dir)
      .sort()
      .map((file) => loadFlow(JSON.parse(readFileSync(join(dir, file), 'utf8'))).flow as Flow);
    const found = validateFlowSet(flows).flat();
    const loops = found.filter((d) => d.code === 'LOOP_CROSS_FLOW');
    expect(loops).toHaveLength(2);
    expect(loops[0]!.message).toContain('"Escalate VIP" → "Welcome VIP contacts" → "Escalate VIP"');
  });
});

describe('validate: what each diagnostic says and points at', () => {
  it('a newer format version is refused naming both versions', () => {
    const [d] = loadFlow(read('FORMAT_TOO_NEW.flow.json')).diagnostics;
    expect(d).toMatchObject({ code: 'FORMAT_TOO_NEW', severity: 'error', path: ['version'] });
    expect(d!.message).toMatch(/version 7.*up to version 1/);
  });

  it('two connections from one output port are a warning on the step naming the port and both connections', () => {
    const found = validate(read('PORT_MULTIPLE_CONNECTIONS.flow.json'));
    expect(found).toEqual([expect.objectContaining({ code: 'PORT_MULTIPLE_CONNECTIONS', severity: 'warning', nodeId: 'ask', path: ['nodes', 1] })]);
    expect(found[0]!.message).toContain('"Answered" path of this step has 2 connections ("e2", "e9")');
  });

  it('different ports of one step leading to the same step are not several connections per port', () => {
    const flow = read('valid.flow.json') as Flow;
    const toSorry = { ...flow, edges: [...flow.edges.filter((edge) => edge.sourcePort !== 'answered'), { id: 'e9', source: 'ask', sourcePort: 'answered', target: 'sorry' }] };
    expect(codes(validate(toSorry))).not.toContain('PORT_MULTIPLE_CONNECTIONS');
  });

  it('an unconnected timeout path is a warning on the step, not an error', () => {
    const found = validate(read('PORT_UNCONNECTED.flow.json'));
    expect(found).toEqual([expect.objectContaining({ code: 'PORT_UNCONNECTED', severity: 'warning', nodeId: 'ask', path: ['nodes', 1] })]);
    expect(found[0]!.message).toContain('"Timeout"');
    // The port's name in the other languages too, for a UI that speaks them.
    expect(found[0]!.params).toMatchObject({ port: 'Timeout', 'port@pt-BR': 'Tempo esgotado', 'port@es': 'Tiempo agotado' });
  });

  it('a blank required field points at the field', () => {
    const found = validate(read('CONFIG_REQUIRED.flow.json'));
    expect(found).toEqual([expect.objectContaining({ code: 'CONFIG_REQUIRED', nodeId: 'thanks', path: ['nodes', 2, 'config', 'text'] })]);
    expect(found[0]!.message).toBe('"Message" is required.');
  });

  it('a blank field of a list item names the list, the item and the field, in every language', () => {
    const flow = read('valid.flow.json') as Flow;
    const route: Flow['nodes'][number] = {
      id: 'route',
      type: 'branch',
      name: 'Route',
      position: { x: 0, y: 400 },
      config: { conditions: [{ id: 'vip', name: 'VIP', field: 'contact.tags', operator: 'contains', value: 'vip' }, { id: 'new', name: ' ', field: 'contact.tags', operator: 'contains', value: 'new' }] },
    };
    const found = validate({ ...flow, nodes: [...flow.nodes, route] }).filter((d) => d.code === 'CONFIG_REQUIRED');
    expect(found).toEqual([expect.objectContaining({ nodeId: 'route', path: ['nodes', flow.nodes.length, 'config', 'conditions', 1, 'name'] })]);
    expect(found[0]!.message).toBe('"Branches 2: Branch name" is required.');
    expect(found[0]!.params).toEqual({ field: 'Branches 2: Branch name', 'field@pt-BR': 'Ramos 2: Nome do ramo', 'field@es': 'Ramas 2: Nombre de la rama' });
  });

  it('a step that adds the tag its own trigger listens for is a loop, reported on that step', () => {
    const found = validate(read('LOOP_SELF_TRIGGER.flow.json'));
    expect(found).toEqual([expect.objectContaining({ code: 'LOOP_SELF_TRIGGER', nodeId: 'retag' })]);
    expect(found[0]!.message).toContain('adds tag "VIP"');
  });

  it('a placeholder reference asks for a choice', () => {
    const found = validate(read('REF_PLACEHOLDER.flow.json'));
    expect(found).toEqual([expect.objectContaining({ code: 'REF_PLACEHOLDER', path: ['nodes', 0, 'config', 'tag'] })]);
  });

  it('a placeholder names the kind to choose in words, in every language', () => {
    const [found] = validate(read('REF_PLACEHOLDER.flow.json'));
    expect(found?.message).toContain('choose a tag (still a placeholder)');
    expect(found?.params).toMatchObject({ kind: 'tag', 'kind@es': 'etiqueta', 'kind@pt-BR': 'etiqueta' });
  });

  it('unknown top-level properties are refused with a hint to use extensions', () => {
    const doc = { ...(read('valid.flow.json') as object), colour: 'red' };
    const [d] = validate(doc);
    expect(d).toMatchObject({ code: 'FORMAT_INVALID' });
    expect(d!.message).toContain('"extensions"');
  });

  it('a missing trigger stops neither the other checks nor the count of steps', () => {
    expect(codes(validate(read('TRIGGER_MISSING.flow.json')))).toEqual(['TRIGGER_MISSING']);
  });

  it('every diagnostic carries the flow id when the document has one', () => {
    for (const d of validate(read('EDGE_DANGLING.flow.json'))) expect(d.flowId).toBe('0b6f7c1e-3d2a-4b8e-9f10-2a4c6e8b0d12');
  });
});

describe('validate never throws', () => {
  it.each([null, 0, 'flow', [], [1, 2], {}, { format: 'flowpack.flow' }, { format: 'flowpack.flow', version: 1, nodes: 'x', edges: {} }])(
    'returns diagnostics for %j',
    (value) => {
      const found = validate(value);
      expect(found.length).toBeGreaterThan(0);
      expect(found.every((d) => d.severity === 'error')).toBe(true);
    },
  );
});

describe('incremental validation', () => {
  it('gives the same result as a full validation after an edit, re-checking only the edited node', () => {
    const doc = read('valid.flow.json') as Flow;
    const validator = createValidator();
    expect(validator.validate(doc)).toEqual([]);

    const nodes = [...doc.nodes];
    nodes[2] = { ...nodes[2]!, config: { text: '' } };
    const edited = { ...doc, nodes };
    expect(validator.validate(edited)).toEqual(validate(edited));
    expect(codes(validator.validate(edited))).toEqual(['CONFIG_REQUIRED']);

    const fixed = { ...edited, nodes: nodes.map((n, i) => (i === 2 ? { ...n, config: { text: 'Hello' } } : n)) };
    expect(validator.validate(fixed)).toEqual([]);
  });
});

describe('validateFlowSet', () => {
  const base = read('valid.flow.json') as Flow;

  it('reports two flows of one workspace that share an id', () => {
    const copy = { ...base, name: 'Copy of welcome' };
    const found = validateFlowSet([base, copy]);
    expect(found[0]).toEqual([]);
    expect(found[1]).toEqual([expect.objectContaining({ code: 'ID_DUPLICATE', path: ['id'] })]);
    expect(found[1]![0]!.message).toContain('Welcome VIP contacts');
  });
});

describe('LIMIT_SIZE', () => {
  // The platform measures the flow as compact JSON in UTF-8: 400 KB = 409,600 bytes.
  const LIMIT = 400 * 1024;
  const base = read('valid.flow.json') as Flow;
  const withPadding = (bytes: number): Flow => {
    const flow: Flow = {
      ...base,
      name: 'Boas-vindas ✓ 😀',
      edges: base.edges.map((edge, i) => (i === 0 ? { ...edge, extensions: { note: 'ação' } } : edge)),
      extensions: { pad: '' },
    };
    const padding = bytes - Buffer.byteLength(JSON.stringify(flow));
    return { ...flow, extensions: { pad: 'é'.repeat(Math.floor(padding / 2)) + 'x'.repeat(padding % 2) } };
  };

  it.each([
    ['exactly at the limit is allowed', LIMIT, false],
    ['one byte over is refused', LIMIT + 1, true],
  ])('%s, in one-shot and incremental validation alike', (_name, bytes, refused) => {
    const flow = withPadding(bytes);
    expect(Buffer.byteLength(JSON.stringify(flow))).toBe(bytes);
    const incremental = createValidator();
    incremental.validate(base);
    for (const found of [validate(flow), incremental.validate(flow)]) expect(codes(found).includes('LIMIT_SIZE')).toBe(refused);
  });
});
