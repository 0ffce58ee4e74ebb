import { z } from 'zod';
import { FAILURE_PORT, optionalText } from '../../common-fields';
import { defineStep, field } from '../../define';
import { t } from '../../labels';
import type { Port } from '../../types';
import { variableNameField } from '../step-fields';

const SUCCESS_PORT: Port = { id: 'success', role: 'main', label: t('Success', 'Sucesso', 'Éxito') };

/** An http(s) URL, possibly with {{variables}}; empty while the step is a draft. */
const url = () => z
  .string()
  .max(2000)
  .regex(/^(https?:\/\/\S+)?$/, { error: 'use an http:// or https:// address without spaces' });

const header = () => z.object({
  name: field(
    z
      .string()
      .max(200)
      .regex(/^[!#$%&'*+.^_`|~0-9A-Za-z-]*$/, { error: 'a header name has no spaces or separators' }),
    { label: t('Header', 'Cabeçalho', 'Encabezado'), widget: 'text', required: true },
  ),
  // Header values carry API keys and bearer tokens: export strips them.
  value: field(z.string().max(4000), { label: t('Value', 'Valor', 'Valor'), widget: 'secret', secret: true }),
});

/**
 * Calls an outside HTTP API. `success` follows a 2xx response, `failure` anything else
 * (including no response), so a workflow can tell the contact when a lookup fails.
 */
export const httpRequest = defineStep({
  type: 'httpRequest',
  role: 'step',
  labels: t('HTTP request', 'Requisição HTTP', 'Solicitud HTTP'),
  description: t(
    'Sends a request to an external API and can save the response in a variable.',
    'Envia uma requisição a uma API externa e pode salvar a resposta em uma variável.',
    'Envía una solicitud a una API externa y puede guardar la respuesta en una variable.',
  ),
  icon: 'globe',
  config: () => z.object({
    method: field(z.enum(['GET', 'POST', 'PUT', 'PATCH', 'DELETE']), {
      label: t('Method', 'Método', 'Método'),
      widget: 'select',
      options: {
        GET: t('GET', 'GET', 'GET'),
        POST: t('POST', 'POST', 'POST'),
        PUT: t('PUT', 'PUT', 'PUT'),
        PATCH: t('PATCH', 'PATCH', 'PATCH'),
        DELETE: t('DELETE', 'DELETE', 'DELETE'),
      },
    }),
    url: field(url(), { label: t('URL', 'URL', 'URL'), widget: 'url', required: true }),
    headers: field(z.array(header()).max(50), { label: t('Headers', 'Cabeçalhos', 'Encabezados'), widget: 'keyValue' }),
    body: optionalText(t('Body', 'Corpo', 'Cuerpo'), 'template', 100_000),
    responseVariable: variableNameField(
      t('Save response as variable', 'Salvar resposta como variável', 'Guardar respuesta como variable'),
    ),
  }),
  defaultConfig: { method: 'POST', url: '', headers: [], body: '', responseVariable: '' },
  ports: () => [SUCCESS_PORT, FAILURE_PORT],
  references: [],
  summary: (config) => `${config.method} ${config.url || '?'}`,
});
