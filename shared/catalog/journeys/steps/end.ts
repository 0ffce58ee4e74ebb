import { z } from 'zod';
import { noPorts } from '../../common-fields';
import { defineStep } from '../../define';
import { inLanguage, t } from '../../labels';

/** Ends the journey for the contact. */
export const end = defineStep({
  type: 'end',
  role: 'step',
  labels: t('End', 'Fim', 'Fin'),
  description: t(
    'The contact leaves the journey here.',
    'O contato sai da jornada aqui.',
    'El contacto sale del recorrido aquí.',
  ),
  icon: 'flag',
  config: () => z.object({}),
  defaultConfig: {},
  ports: noPorts,
  references: [],
  summary: (_, locale) => inLanguage(locale, 'End of journey', 'Fim da jornada', 'Fin del recorrido'),
});
