import { z } from 'zod';
import { nextOnly, requiredText } from '../../common-fields';
import { defineStep } from '../../define';
import { inLanguage, t } from '../../labels';

/**
 * Runs custom code inside the call. The platform refuses to export or import a flow that
 * contains a script notation, so its presence blocks export here too.
 */
export const script = defineStep({
  type: 'script',
  role: 'step',
  labels: t('Script', 'Script', 'Script'),
  description: t(
    'Runs custom code. A flow containing a script cannot be exported or imported.',
    'Executa código personalizado. Um fluxo com script não pode ser exportado nem importado.',
    'Ejecuta código personalizado. Un flujo con un script no se puede exportar ni importar.',
  ),
  icon: 'code',
  config: () => z.object({
    code: requiredText(t('Code', 'Código', 'Código'), 'textarea', 100_000),
  }),
  defaultConfig: { code: '' },
  ports: nextOnly,
  references: [],
  exportRules: { block: true },
  summary: (config, locale) => {
    const lines = config.code.split('\n').filter((line) => line.trim() !== '').length;
    return lines === 1
      ? inLanguage(locale, 'Script (1 line)', 'Script (1 linha)', 'Script (1 línea)')
      : inLanguage(locale, `Script (${lines} lines)`, `Script (${lines} linhas)`, `Script (${lines} líneas)`);
  },
});
