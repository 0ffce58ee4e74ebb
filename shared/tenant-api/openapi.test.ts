import { Ajv2020 } from 'ajv/dist/2020.js';
import { describe, expect, it } from 'vitest';
import { buildOpenApiDocument } from './openapi';
import { TENANT_ROUTES } from './routes';
import { parseScopeList } from './scopes';

type Operation = { 'x-required-scope': string | null; responses: Record<string, { content?: Record<string, { schema: object }> }>; requestBody?: { content: Record<string, { schema: object }> } };

describe('the OpenAPI document', () => {
  const document = buildOpenApiDocument('1') as { openapi: string; paths: Record<string, Record<string, Operation>> };

  it('describes every route of the table with its scope, and every schema in it compiles', () => {
    const ajv = new Ajv2020({ strict: false });
    expect(document.openapi).toBe('3.1.0');
    for (const [name, def] of Object.entries(TENANT_ROUTES)) {
      const operation = document.paths[def.path]?.[def.method.toLowerCase()];
      expect(operation, name).toBeDefined();
      expect(operation!['x-required-scope']).toBe(def.scope);
      expect(Object.keys(operation!.responses)).toContain(String(def.status));
      expect(Object.keys(operation!.responses)).toContain('401');
      const responseSchemas = Object.values(operation!.responses).flatMap((r) => Object.values(r.content ?? {}).map((media) => media.schema));
      const schemas = [...responseSchemas, operation!.requestBody?.content['application/json']?.schema];
      for (const schema of schemas) if (schema) expect(() => ajv.compile(schema), name).not.toThrow();
    }
  });

  it('documents the progress stream of an import: progress lines, then its report or its error', () => {
    const created = document.paths['/v1/imports']!.post!.responses['201']!.content!;
    const validate = new Ajv2020({ strict: false }).compile(created['application/x-ndjson']!.schema);
    expect(validate({ type: 'progress', progress: { phase: 'flows', written: ['f1'], done: 1, total: 3 } })).toBe(true);
    expect(validate({ type: 'error', status: 409, error: { code: 'conflict', message: 'changed meanwhile' } })).toBe(true);
    expect(validate({ type: 'progress', progress: { phase: 'uploading', written: [], done: 0, total: 3 } })).toBe(false);
    expect(validate({ type: 'result', result: {} })).toBe(false);
    expect(document.paths['/v1/flows']!.get!.responses['200']!.content!['application/x-ndjson']).toBeUndefined();
  });

  it('promises answers with exactly the documented fields, while clients read newer answers leniently', () => {
    const listed = document.paths['/v1/flows']!.get!.responses['200']!.content!['application/json']!.schema as { additionalProperties?: boolean; properties: { flows: { items: { additionalProperties?: boolean } } } };
    expect(listed.additionalProperties).toBe(false);
    expect(listed.properties.flows.items.additionalProperties).toBe(false);
    // Requests stay strict: an unknown field in a body is a client's mistake the server names.
    const body = document.paths['/v1/imports']!.post!.requestBody!.content['application/json']!.schema as { additionalProperties?: boolean };
    expect(body.additionalProperties).toBe(false);
  });

  it('documents 412 and 428 on the writes that need If-Match', () => {
    for (const def of Object.values(TENANT_ROUTES).filter((d) => 'ifMatch' in d && d.ifMatch)) {
      expect(Object.keys(document.paths[def.path]![def.method.toLowerCase()]!.responses)).toEqual(expect.arrayContaining(['412', '428']));
    }
  });
});

describe('parseScopeList', () => {
  it('reads a comma-separated list, dropping blanks and repeats, and names unknown scopes', () => {
    expect(parseScopeList(' flows:read, flows:write,,flows:read')).toEqual({ ok: true, scopes: ['flows:read', 'flows:write'] });
    expect(parseScopeList('flows:read,admin')).toEqual({ ok: false, unknown: ['admin'] });
  });
});
