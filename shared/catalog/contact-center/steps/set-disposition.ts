import { z } from 'zod';
import { nextOnly, refField } from '../../common-fields';
import { defineStep } from '../../define';
import { catalogTexts } from '../../catalog-texts';

const text = catalogTexts('contact-center', 'setDisposition');

/** Classifies the call for reports with a disposition list and a reason list of the tenant. */
export const setDisposition = defineStep({
  type: 'setDisposition',
  role: 'step',
  labels: text('label'),
  description: text('description'),
  icon: 'clipboard-check',
  config: () => z.object({
    dispositionList: refField('dispositionList', text('field.dispositionList.label')),
    reasonList: refField('reasonList', text('field.reasonList.label')),
  }),
  defaultConfig: { dispositionList: { $ref: 'dispositionList' }, reasonList: { $ref: 'reasonList' } },
  ports: nextOnly,
  references: [
    { field: 'dispositionList', kinds: ['dispositionList'], export: 'keep', import: 'linkByUuid' },
    { field: 'reasonList', kinds: ['reasonList'], export: 'keep', import: 'linkByUuid' },
  ],
  summary: (config) => `${config.dispositionList.name ?? '?'} / ${config.reasonList.name ?? '?'}`,
});
