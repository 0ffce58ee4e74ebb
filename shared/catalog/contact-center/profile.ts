import { t } from '../labels';
import { BASE_REF_DEFAULTS } from '../ref-defaults';
import type { ProfileCatalog, RefPolicy } from '../types';
import type { RefKind } from '../../format/entity-ref';
import type { FlowKind } from '../../format/profiles';
import { businessHours } from './steps/business-hours';
import { callReusableFlow } from './steps/call-reusable-flow';
import { collectDigits } from './steps/collect-digits';
import { end } from './steps/end';
import { menu } from './steps/menu';
import { playPrompt } from './steps/play-prompt';
import { queue, queueWithFlow } from './steps/queue';
import { script } from './steps/script';
import { setDisposition } from './steps/set-disposition';
import { start } from './triggers/start';
import { transfer } from './steps/transfer';

/**
 * Contact-center entities travel with their UUID and name and are linked when the destination
 * tenant has the same UUID; otherwise they keep the UUID, to configure, since the tenant may
 * gain that entity later (inherited, or created by the admin). Flows are called by their id,
 * which import also plans (imported with the pack, or the tenant's own; else a placeholder).
 */
const LINK_BY_UUID: RefPolicy = { export: 'keep', import: 'linkByUuid' };
const CONTACT_CENTER_KINDS: readonly RefKind[] = ['queue', 'mediaPrompt', 'dispositionList', 'reasonList', 'schedule'];

/**
 * Contact-center platforms: call flows of two kinds that are not interchangeable. Customer
 * flows answer calls; reusable flows are called from other flows (or played while a caller
 * waits in a queue). Every flow has exactly one Start.
 */
export const contactCenterCatalog: ProfileCatalog = {
  profile: 'contact-center',
  labels: t('Contact center', 'Central de atendimento', 'Centro de contacto'),
  kinds: ['customer', 'reusable'],
  triggers: { min: 1, max: 1 },
  // The platforms document no step, size or flow-count limits.
  limits: {},
  types: [
    start,
    playPrompt,
    menu,
    collectDigits,
    businessHours,
    queue,
    queueWithFlow,
    transfer,
    callReusableFlow,
    setDisposition,
    script,
    end,
  ],
  refDefaults: {
    ...BASE_REF_DEFAULTS,
    ...Object.fromEntries(CONTACT_CENTER_KINDS.map((kind) => [kind, LINK_BY_UUID])),
  },
  // Start needs no configuration, so a flow holding only it is valid in either kind.
  starter: (_kind: FlowKind) => ({
    nodes: [{ id: 'trigger', type: start.type, name: start.labels.en, position: { x: 0, y: 0 }, config: { ...start.defaultConfig } }],
    edges: [],
  }),
};

