import { z } from 'zod';
import { nextOnly, refField } from '../../common-fields';
import { defineStep } from '../../define';
import { inLanguage, t } from '../../labels';
import { isPlaceholder } from '../../../format/entity-ref';

/** Enrols a contact when they enter a segment. Segments are matched on import, never created. */
export const enteredSegment = defineStep({
  type: 'enteredSegment',
  role: 'trigger',
  labels: t('Entered segment', 'Entrou no segmento', 'Entró en el segmento'),
  description: t(
    'Starts when a contact becomes part of the chosen segment.',
    'Inicia quando um contato passa a fazer parte do segmento escolhido.',
    'Se inicia cuando un contacto pasa a formar parte del segmento elegido.',
  ),
  icon: 'users',
  config: () => z.object({
    segment: refField('segment', t('Segment', 'Segmento', 'Segmento')),
  }),
  defaultConfig: { segment: { $ref: 'segment' } },
  ports: nextOnly,
  references: [{ field: 'segment', kinds: ['segment'], export: 'keep', import: 'matchOrRemove' }],
  summary: (config, locale) => `${inLanguage(locale, 'Enters', 'Entra em', 'Entra en')} ${config.segment.name ?? '?'}`,
  listens: (config) => (isPlaceholder(config.segment) ? [] : [{ event: 'segment.entered', ref: config.segment }]),
});
