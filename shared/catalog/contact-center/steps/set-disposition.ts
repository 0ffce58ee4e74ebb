import { z } from 'zod';
import { nextOnly, refField } from '../../common-fields';
import { defineStep } from '../../define';
import { t } from '../../labels';

/** Classifies the call for reports with a disposition list and a reason list of the tenant. */
export const setDisposition = defineStep({
  type: 'setDisposition',
  role: 'step',
  labels: t('Set disposition', 'Definir tabulação', 'Definir tipificación'),
  description: t(
    'Classifies the call with a disposition list and a reason list, for reports.',
    'Classifica a chamada com uma lista de tabulações e uma lista de motivos, para os relatórios.',
    'Clasifica la llamada con una lista de tipificaciones y una lista de motivos, para los informes.',
  ),
  icon: 'clipboard-check',
  config: () => z.object({
    dispositionList: refField('dispositionList', t('Disposition list', 'Lista de tabulações', 'Lista de tipificaciones')),
    reasonList: refField('reasonList', t('Reason list', 'Lista de motivos', 'Lista de motivos')),
  }),
  defaultConfig: { dispositionList: { $ref: 'dispositionList' }, reasonList: { $ref: 'reasonList' } },
  ports: nextOnly,
  references: [
    { field: 'dispositionList', kinds: ['dispositionList'], export: 'keep', import: 'linkByUuid' },
    { field: 'reasonList', kinds: ['reasonList'], export: 'keep', import: 'linkByUuid' },
  ],
  summary: (config) => `${config.dispositionList.name ?? '?'} / ${config.reasonList.name ?? '?'}`,
});
