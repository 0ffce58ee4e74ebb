import { serializeFlow } from '../format/flow-file';
import { flowSchema } from '../format/flow-schema';
import type { Template } from './template';
import afterHours from './builtin/contact-center/after-hours.flow.json';
import salesIvr from './builtin/contact-center/sales-ivr.flow.json';
import agentRouting from './builtin/conversations/agent-routing.flow.json';
import agentsAtCapacityMessage from './builtin/conversations/agents-at-capacity-message.flow.json';
import assignToAgent from './builtin/conversations/assign-to-agent.flow.json';
import assignedAgentMessage from './builtin/conversations/assigned-agent-message.flow.json';
import closeConversationBotOn from './builtin/conversations/close-conversation-bot-on.flow.json';
import csatSurveyHttp from './builtin/conversations/csat-survey-http.flow.json';
import highPrioritySupportAssignment from './builtin/conversations/high-priority-support-assignment.flow.json';
import outOfHoursMessage from './builtin/conversations/out-of-hours-message.flow.json';
import salesAutoAssignment from './builtin/conversations/sales-auto-assignment.flow.json';
import supportAutoAssignment from './builtin/conversations/support-auto-assignment.flow.json';
import abandonedCart from './builtin/journeys/abandoned-cart.flow.json';
import welcomeSeries from './builtin/journeys/welcome-series.flow.json';
import clientOnboarding from './builtin/pipeline/client-onboarding.flow.json';

/**
 * Every built-in template document under its template id, which is also its file's path
 * under `builtin/` without the extension (`<profile>/<slug>`). Gallery order: by profile,
 * then in the order the issue lists them.
 */
const DOCUMENTS: readonly (readonly [id: string, document: unknown])[] = [
  ['conversations/close-conversation-bot-on', closeConversationBotOn],
  ['conversations/assign-to-agent', assignToAgent],
  ['conversations/sales-auto-assignment', salesAutoAssignment],
  ['conversations/support-auto-assignment', supportAutoAssignment],
  ['conversations/high-priority-support-assignment', highPrioritySupportAssignment],
  ['conversations/assigned-agent-message', assignedAgentMessage],
  ['conversations/out-of-hours-message', outOfHoursMessage],
  ['conversations/agents-at-capacity-message', agentsAtCapacityMessage],
  ['conversations/agent-routing', agentRouting],
  ['conversations/csat-survey-http', csatSurveyHttp],
  ['pipeline/client-onboarding', clientOnboarding],
  ['journeys/abandoned-cart', abandonedCart],
  ['journeys/welcome-series', welcomeSeries],
  ['contact-center/sales-ivr', salesIvr],
  ['contact-center/after-hours', afterHours],
];

function toTemplate(id: string, document: unknown): Template {
  // The files are checked by builtin-templates.test.ts (structure, validation, canonical
  // form), so a parse failure here is a build defect, not something a user can cause.
  const flow = flowSchema.parse(document);
  return Object.freeze({
    id,
    name: flow.name,
    description: flow.description,
    profile: flow.profile,
    kind: flow.kind,
    source: 'builtin',
    text: serializeFlow(flow),
  });
}

/**
 * The template gallery's built-in templates: flows taken from what each platform documents,
 * each validating with no errors or warnings and with every reference filled in.
 *
 * @remarks
 * Each template's flow has a fixed id, and the Sales IVR calls the After-hours reusable flow
 * by that id. Whoever creates flows from these templates gives each new flow its own id and
 * should point such calls at the new flow created from the called template, if any.
 */
export const BUILTIN_TEMPLATES: readonly Template[] = Object.freeze(DOCUMENTS.map(([id, document]) => toTemplate(id, document)));
