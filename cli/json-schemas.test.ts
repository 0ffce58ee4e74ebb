import { describe, expect, it } from 'vitest';
import { flowSchema } from '../shared/format/flow-schema';
import { JSON_SCHEMA_FILES, renderJsonSchemas } from './json-schemas';
import { workspaceSchema } from '../shared/format/workspace-schema';

type JsonObject = Record<string, unknown>;
const rendered = renderJsonSchemas();
const parsed = (file: string) => JSON.parse(rendered.find((schema) => schema.file === file)!.text) as JsonObject;

/** Every `type` keyword anywhere in a JSON value, to check no union type slipped through. */
function typeKeywords(value: unknown): unknown[] {
  if (value === null || typeof value !== 'object') return [];
  const own = !Array.isArray(value) && 'type' in value ? [(value as JsonObject).type] : [];
  return [...own, ...Object.values(value).flatMap(typeKeywords)];
}

describe('renderJsonSchemas', () => {
  it('renders one file per declared schema, each with its own file name and $id', () => {
    expect(rendered.map((schema) => schema.file)).toEqual(JSON_SCHEMA_FILES.map((entry) => entry.file));
    expect(new Set(rendered.map((schema) => schema.file)).size).toBe(rendered.length);
    expect(new Set(rendered.map((schema) => parsed(schema.file).$id)).size).toBe(rendered.length);
  });

  it.each(JSON_SCHEMA_FILES.map((entry) => [entry.file, entry] as const))(
    '%s identifies itself as draft 2020-12 with a URN $id, a title and a description',
    (file, entry) => {
      const schema = parsed(file);
      expect(schema.$schema).toBe('https://json-schema.org/draft/2020-12/schema');
      expect(schema.$id).toBe(entry.id);
      expect(schema.$id).toMatch(/^urn:flowpack:schema:[a-z]+:\d+$/);
      expect(schema.title).toBe(entry.title);
      expect(schema.description).toBe(entry.description);
    },
  );

  it('describes files as written: fields with a default may be left out', () => {
    expect(parsed('flow.schema.json').required).toEqual(['format', 'version', 'id', 'name', 'profile', 'kind', 'nodes', 'edges']);
    expect(parsed('workspace.schema.json').required).toEqual(['format', 'version', 'name']);
  });

  it('lists properties in the order the format declares them, so the schema reads like a file', () => {
    expect(Object.keys(parsed('flow.schema.json').properties as JsonObject)).toEqual(Object.keys(flowSchema.shape));
    expect(Object.keys(parsed('workspace.schema.json').properties as JsonObject)).toEqual(Object.keys(workspaceSchema.shape));
  });

  it('never uses a union type, which strict validators refuse', () => {
    for (const schema of rendered) {
      expect(typeKeywords(JSON.parse(schema.text)).filter(Array.isArray), schema.file).toEqual([]);
    }
  });

  it('gives the same bytes on every run: two-space indent, trailing newline, no BOM', () => {
    expect(renderJsonSchemas()).toEqual(rendered);
    for (const schema of rendered) {
      expect(schema.text.startsWith('{\n  "$schema": ')).toBe(true);
      expect(schema.text.endsWith('}\n')).toBe(true);
      expect(schema.text.charCodeAt(0)).not.toBe(0xfeff);
    }
  });
});
