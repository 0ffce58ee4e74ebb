import { flowSchema } from '../format/flow-schema';
import type { Template } from './template';
import { textsOfFlow } from './template-texts';

/**
 * The source of shared/locales/en/templates.ts: the English texts of the built-in templates,
 * generated from their flow files so that the other languages' tables are typed against it (a
 * template, step or text a translation lacks fails to compile).
 */
export function renderEnglishTemplateTexts(templates: readonly Template[]): string {
  const table = Object.fromEntries(templates.map((template) => [template.id, textsOfFlow(flowSchema.parse(JSON.parse(template.text)))]));
  return `${HEADER}export const templatesEn = ${JSON.stringify(table, null, 2)};\n`;
}

const HEADER = `/**
 * The built-in templates' texts in English, by template id, then step id and config path.
 * Generated from shared/templates/builtin/ by \`npx tsx scripts/template-texts-en.ts\`: edit the
 * flow files, not this file. Every other language translates these keys in its templates.ts.
 */
`;
