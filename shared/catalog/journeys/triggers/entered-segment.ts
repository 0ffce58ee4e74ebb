import { z } from 'zod';
import { nextOnly, refField } from '../../common-fields';
import { defineStep } from '../../define';
import { isPlaceholder } from '../../../format/entity-ref';
import { catalogTexts, inLocale } from '../../catalog-texts';

const text = catalogTexts('journeys', 'enteredSegment');

/** Enrols a contact when they enter a segment. Segments are matched on import, never created. */
export const enteredSegment = defineStep({
  type: 'enteredSegment',
  role: 'trigger',
  labels: text('label'),
  description: text('description'),
  icon: 'users',
  config: () => z.object({
    segment: refField('segment', text('field.segment.label')),
  }),
  defaultConfig: { segment: { $ref: 'segment' } },
  ports: nextOnly,
  references: [{ field: 'segment', kinds: ['segment'], export: 'keep', import: 'matchOrRemove' }],
  summary: (config, locale) => inLocale(text('summary.enters'), locale, { segment: config.segment.name ?? '?' }),
  listens: (config) => (isPlaceholder(config.segment) ? [] : [{ event: 'segment.entered', ref: config.segment }]),
});
