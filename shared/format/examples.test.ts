import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { serializeFlow } from './flow-file';
import type { Flow } from './flow-schema';
import { loadFlow } from '../validation/load-flow';
import { WORKSPACE_FILE_NAME, workspaceSchema } from './workspace-schema';
import { summariseFlows, validateFlowSet } from '../validation/validate-set';

const EXAMPLES = join(import.meta.dirname, '../../examples');
const files = readdirSync(EXAMPLES, { recursive: true, encoding: 'utf8' })
  .filter((file) => file.endsWith('.flow.json'))
  .sort();
const texts = files.map((file) => readFileSync(join(EXAMPLES, file), 'utf8'));
const flows = texts.map((text) => loadFlow(JSON.parse(text)).flow as Flow);

describe('the examples workspace', () => {
  it('has at least one flow per profile', () => {
    expect(new Set(flows.map((flow) => flow.profile))).toEqual(new Set(['conversations', 'pipeline', 'journeys', 'contact-center']));
  });

  it.each(files.map((file, i) => [file, i] as const))('%s validates clean with the workspace as context, in canonical form', (_file, i) => {
    const { diagnostics } = loadFlow(JSON.parse(texts[i]!), { flows: summariseFlows(flows) });
    expect(diagnostics).toEqual([]);
    expect(serializeFlow(flows[i]!)).toBe(texts[i]);
  });

  it('has no loops across flows', () => {
    expect(validateFlowSet(flows).flat()).toEqual([]);
  });

  it('lists every flow, and only those, in its priority order', () => {
    const workspace = workspaceSchema.parse(JSON.parse(readFileSync(join(EXAMPLES, WORKSPACE_FILE_NAME), 'utf8')));
    expect([...workspace.priority].sort()).toEqual(flows.map((flow) => flow.id).sort());
  });
});
