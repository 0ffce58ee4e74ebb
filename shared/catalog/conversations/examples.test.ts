import { readFileSync, readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { serializeFlow } from '../../format/flow-file';
import { flowSchema } from '../../format/flow-schema';
import { validate } from '../../validation/validator';

const folder = new URL('../../../examples/conversations/', import.meta.url);
const files = readdirSync(folder).filter((name) => name.endsWith('.flow.json'));

describe('conversations examples', () => {
  it('include the out-of-hours and sales auto-assignment workflows', () => {
    expect(files).toEqual(expect.arrayContaining(['out-of-hours-message.flow.json', 'sales-auto-assignment.flow.json']));
  });

  it.each(files)('%s validates without errors or warnings', (file) => {
    const doc: unknown = JSON.parse(readFileSync(new URL(file, folder), 'utf8'));
    expect(validate(doc)).toEqual([]);
  });

  it.each(files)('%s is saved in canonical form, so re-saving it changes nothing', (file) => {
    const text = readFileSync(new URL(file, folder), 'utf8');
    expect(serializeFlow(flowSchema.parse(JSON.parse(text)))).toBe(text);
  });
});
