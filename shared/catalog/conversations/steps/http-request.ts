import { z } from 'zod';
import { formatHint } from '../../format-hints';
import { FAILURE_PORT, optionalText } from '../../common-fields';
import { defineStep, field } from '../../define';
import type { Port } from '../../types';
import { variableNameField } from '../step-fields';
import { catalogTexts } from '../../catalog-texts';

const text = catalogTexts('conversations', 'httpRequest');

const SUCCESS_PORT: Port = { id: 'success', role: 'main', label: text('port.success') };

/** An http(s) URL, possibly with {{variables}}; empty while the step is a draft. */
const url = () => z
  .string()
  .max(2000)
  .regex(/^(https?:\/\/\S+)?$/, formatHint('httpAddress'));

const header = () => z.object({
  name: field(
    z
      .string()
      .max(200)
      .regex(/^[!#$%&'*+.^_`|~0-9A-Za-z-]*$/, formatHint('headerName')),
    { label: text('field.name.label'), widget: 'text', required: true },
  ),
  // Header values carry API keys and bearer tokens: export strips them.
  value: field(z.string().max(4000), { label: text('field.value.label'), widget: 'secret', secret: true }),
});

/**
 * Calls an outside HTTP API. `success` follows a 2xx response, `failure` anything else
 * (including no response), so a workflow can tell the contact when a lookup fails.
 */
export const httpRequest = defineStep({
  type: 'httpRequest',
  role: 'step',
  labels: text('label'),
  description: text('description'),
  icon: 'globe',
  config: () => z.object({
    method: field(z.enum(['GET', 'POST', 'PUT', 'PATCH', 'DELETE']), {
      label: text('field.method.label'),
      widget: 'select',
      options: {
        GET: text('field.method.option.GET'),
        POST: text('field.method.option.POST'),
        PUT: text('field.method.option.PUT'),
        PATCH: text('field.method.option.PATCH'),
        DELETE: text('field.method.option.DELETE'),
      },
    }),
    url: field(url(), { label: text('field.url.label'), widget: 'url', required: true }),
    headers: field(z.array(header()).max(50), { label: text('field.headers.label'), widget: 'keyValue' }),
    body: optionalText(text('field.body.label'), 'template', 100_000),
    responseVariable: variableNameField(
      text('field.responseVariable.label'),
    ),
  }),
  defaultConfig: { method: 'POST', url: '', headers: [], body: '', responseVariable: '' },
  ports: () => [SUCCESS_PORT, FAILURE_PORT],
  references: [],
  summary: (config) => `${config.method} ${config.url || '?'}`,
});
