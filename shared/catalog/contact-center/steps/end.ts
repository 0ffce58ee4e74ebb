import { z } from 'zod';
import { noPorts } from '../../common-fields';
import { defineStep } from '../../define';
import { t } from '../../labels';

/**
 * Ends the flow. In a customer flow the call is disconnected; in a reusable flow control
 * returns to the flow that called it, which continues after its "Call reusable flow" step.
 */
export const end = defineStep({
  type: 'end',
  role: 'step',
  labels: t('End', 'Fim', 'Fin'),
  description: t(
    'Ends the flow: hangs up in a customer flow, returns to the calling flow in a reusable flow.',
    'Encerra o fluxo: desliga num fluxo de cliente, volta ao fluxo chamador num fluxo reutilizável.',
    'Termina el flujo: cuelga en un flujo de cliente, vuelve al flujo que lo llamó en un flujo reutilizable.',
  ),
  icon: 'phone-off',
  config: () => z.object({}),
  defaultConfig: {},
  ports: noPorts,
  references: [],
});
