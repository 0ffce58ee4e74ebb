import { z } from 'zod';
import { nextOnly } from '../../common-fields';
import { defineStep } from '../../define';
import { t } from '../../labels';

/**
 * Where every call flow begins, in both kinds: a customer flow starts when a call arrives
 * on a number routed to it; a reusable flow starts when another flow calls it. It needs no
 * configuration, so a new flow holding only this node is already valid.
 */
export const start = defineStep({
  type: 'start',
  role: 'trigger',
  labels: t('Start', 'Início', 'Inicio'),
  description: t(
    'The call enters the flow here: an incoming call for a customer flow, a call from another flow for a reusable flow.',
    'A chamada entra no fluxo aqui: uma ligação recebida num fluxo de cliente, a chamada de outro fluxo num fluxo reutilizável.',
    'La llamada entra en el flujo aquí: una llamada entrante en un flujo de cliente, la llamada de otro flujo en un flujo reutilizable.',
  ),
  icon: 'phone-incoming',
  config: () => z.object({}),
  defaultConfig: {},
  ports: nextOnly,
  references: [],
});
