import { findStepType } from '../../catalog/registry';
import type { Labels } from '../../catalog/labels';
import { fieldLabels } from '../../catalog/required-fields';
import type { JsonPath } from '../../format/entity-ref';
import type { Flow } from '../../format/flow-schema';
import { catalogTexts } from '../../catalog/catalog-texts';

const text = catalogTexts('common', 'reportFields');

/** The parts of a flow outside its steps' settings, as the report names them. */
const FLOW_PARTS: Readonly<Record<string, Labels>> = {
  name: text('flow.name'),
  description: text('flow.description'),
  entities: text('flow.entities'),
  meta: text('flow.meta'),
  extensions: text('flow.extensions'),
};
const STEP_NAME = text('step.name');
const STEP_EXTENSIONS = text('step.extensions');
const CONNECTION_EXTENSIONS = text('connection.extensions');

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
