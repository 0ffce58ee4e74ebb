import { Ajv2020 } from 'ajv/dist/2020.js';
import type { ValidateFunction } from 'ajv';
import addFormats from 'ajv-formats';

interface Operation {
  responses: Record<string, { content?: Record<string, { schema: object }>; headers?: Record<string, unknown> }>;
}
type OpenApiDocument = { paths: Record<string, Record<string, Operation>> };

/**
 * Checks responses against the server's own OpenAPI document: the status must be one the
 * operation documents and the body must match that status's schema. A route that answers
 * with something its document does not describe fails the test that provoked it.
 */
export class ContractChecker {
  private readonly ajv = new Ajv2020({ strict: false, allErrors: true });
  private readonly compiled = new Map<string, ValidateFunction>();
  private readonly routes: { method: string; pattern: RegExp; template: string }[] = [];
  checked = 0;

  constructor(private readonly document: OpenApiDocument) {
    (addFormats as unknown as (ajv: Ajv2020) => void)(this.ajv);
    for (const [template, methods] of Object.entries(document.paths)) {
      const pattern = new RegExp(`^${template.replace(/\{\w+\}/g, '[^/]+')}$`);
      for (const method of Object.keys(methods)) this.routes.push({ method: method.toUpperCase(), pattern, template });
    }
  }

  /** Throws with a readable reason when the response is not what the document promises. */
  check(method: string, url: string, status: number, body: unknown, mediaType = 'application/json'): void {
    const path = new URL(url, 'http://x').pathname;
    const route = this.routes.find((r) => r.method === method && r.pattern.test(path));
    // A path no route has is answered by the not-found handler, documented by no operation.
    if (!route) return;
    const response = this.document.paths[route.template]![method.toLowerCase()]!.responses[String(status)];
    if (!response) throw new Error(`${method} ${route.template} answered ${status}, which its OpenAPI operation does not document.`);
    const content = response.content ?? {};
    if (Object.keys(content).length > 0 && !(mediaType in content)) throw new Error(`${method} ${route.template} answered ${status} as ${mediaType}, which its OpenAPI operation does not document.`);
    const schema = content[mediaType]?.schema;
    if (!schema) return;
    const key = `${method} ${route.template} ${status} ${mediaType}`;
    let validate = this.compiled.get(key);
    if (!validate) {
      validate = this.ajv.compile(schema);
      this.compiled.set(key, validate);
    }
    if (!validate(body)) throw new Error(`${key}: body does not match the OpenAPI document: ${this.ajv.errorsText(validate.errors)}`);
    this.checked++;
  }
}
