import { findStepType } from '../../catalog/registry';
import { t } from '../../catalog/labels';
import type { Labels } from '../../catalog/labels';
import { fieldLabels } from '../../catalog/required-fields';
import type { JsonPath } from '../../format/entity-ref';
import type { Flow } from '../../format/flow-schema';

/** The parts of a flow outside its steps' settings, as the report names them. */
const FLOW_PARTS: Readonly<Record<string, Labels>> = {
  name: t('Flow name', 'Nome do fluxo', 'Nombre del flujo'),
  description: t('Flow description', 'Descrição do fluxo', 'Descripción del flujo'),
  entities: t('Entities the flow declares', 'Entidades que o fluxo declara', 'Entidades que el flujo declara'),
  meta: t('Flow metadata', 'Metadados do fluxo', 'Metadatos del flujo'),
  extensions: t('Extension data', 'Dados de extensões', 'Datos de extensiones'),
};
const STEP_NAME = t('Step name', 'Nome do passo', 'Nombre del paso');
const STEP_EXTENSIONS = t('Extension data of the step', 'Dados de extensões do passo', 'Datos de extensiones del paso');
const CONNECTION_EXTENSIONS = t('Extension data of a connection', 'Dados de extensões de uma conexão', 'Datos de extensiones de una conexión');

/**
 * The name of the field at `path` (from the flow's root) in every language, for the export
 * report: a step setting by the catalog's field label ("Tags 1", "Headers 2: Value"), a step's
 * name, or the part of the flow. Undefined when the catalog has no label for it (a setting
 * no schema declares): the report then shows the path itself.
 */
export function reportFieldLabels(flow: Flow, path: JsonPath): Labels | undefined {
  const [part, index, inside] = path;
  if (part === 'edges') return inside === 'extensions' ? CONNECTION_EXTENSIONS : undefined;
  if (part !== 'nodes') return typeof part === 'string' ? FLOW_PARTS[part] : undefined;
  if (inside === 'name') return STEP_NAME;
  if (inside === 'extensions') return STEP_EXTENSIONS;
  const node = typeof index === 'number' ? flow.nodes[index] : undefined;
  const step = node && inside === 'config' ? findStepType(flow.profile, node.type) : undefined;
  return step ? fieldLabels(step.config, path.slice(3)) : undefined;
}
