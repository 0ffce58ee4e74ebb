import { describe, expect, it } from 'vitest';
import type { z } from 'zod';
import { fieldMeta } from '../../define';
import { httpRequest } from './http-request';

/** The schema of a field nested in the config, by object keys and `[]` for array elements. */
function schemaAt(schema: z.ZodType, path: string[]): z.ZodType {
  let current = schema as unknown as { _zod: { def: { shape?: Record<string, z.ZodType>; element?: z.ZodType } } };
  for (const key of path) {
    const def = current._zod.def;
    current = (key === '[]' ? def.element : def.shape?.[key]) as unknown as typeof current;
  }
  return current as unknown as z.ZodType;
}

const request = { ...httpRequest.defaultConfig, url: 'https://api.example.com/orders/{{contact.phone}}' };

describe('HTTP request step', () => {
  it('marks header values as secrets, so tokens never leave the author’s machine', () => {
    const value = fieldMeta(schemaAt(httpRequest.config, ['headers', '[]', 'value']));
    expect(value).toMatchObject({ secret: true, widget: 'secret' });
    expect(fieldMeta(schemaAt(httpRequest.config, ['headers', '[]', 'name']))?.secret).toBeUndefined();
  });

  it('continues on success and falls back on failure', () => {
    expect(httpRequest.ports(request).map((port) => [port.id, port.role])).toEqual([
      ['success', 'main'],
      ['failure', 'fallback'],
    ]);
  });

  it('accepts http and https addresses with variables and rejects other schemes', () => {
    expect(httpRequest.config.safeParse(request).success).toBe(true);
    expect(httpRequest.config.safeParse({ ...request, url: 'ftp://files.example.com/x' }).success).toBe(false);
    expect(httpRequest.config.safeParse({ ...request, url: 'https://api.example.com/a b' }).success).toBe(false);
  });

  it('rejects a header name the HTTP standard does not allow', () => {
    const headers = [{ name: 'X Api Key', value: 'abc' }];
    expect(httpRequest.config.safeParse({ ...request, headers }).success).toBe(false);
    expect(httpRequest.config.safeParse({ ...request, headers: [{ name: 'Authorization', value: 'Bearer abc' }] }).success).toBe(true);
  });
});
