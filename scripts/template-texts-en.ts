/**
 * Writes shared/locales/en/templates.ts: the built-in templates' texts in English, read from
 * their flow files. Run it after editing a template's texts (shared/templates/template-texts.test.ts
 * fails until you do), then translate the keys it adds in the other languages' templates.ts.
 *
 *   npx tsx scripts/template-texts-en.ts
 */
import { writeFileSync } from 'node:fs';
import { BUILTIN_TEMPLATES } from '../shared/templates/builtin-templates';
import { renderEnglishTemplateTexts } from '../shared/templates/template-texts-source';

const target = new URL('../shared/locales/en/templates.ts', import.meta.url);
writeFileSync(target, renderEnglishTemplateTexts(BUILTIN_TEMPLATES));
console.log(`Wrote ${target.pathname}`);
