import type { Profile } from '../format/profiles';
import type { FLOW_STATUSES } from '../format/flow-statuses';

type FlowStatus = (typeof FLOW_STATUSES)[number];

/**
 * The lifecycle status in which a flow of each profile takes new enrolments. Journeys: only an
 * active journey enrols; a paused one enrols nobody until resumed, and a finalized one "cannot
 * be restarted" (journeys-workflows.en.txt). Conversations: a published workflow; a stopped one
 * ejected everyone and enrols nobody. Pipeline automations and call flows run once published.
 */
const ENROLLING_STATUS: Readonly<Record<Profile, FlowStatus>> = {
  conversations: 'published',
  journeys: 'active',
  pipeline: 'published',
  'contact-center': 'published',
};

/** Whether a flow of `profile` in `status` enrols a subject an event concerns. */
export function enrolsIn(profile: Profile, status: FlowStatus): boolean {
  return ENROLLING_STATUS[profile] === status;
}

/** Why an event does not enrol a subject in a flow, or undefined when it does. */
export type EnrolmentRefusal = 'notLive' | 'alreadyEnrolled';

/**
 * Whether a subject is enrolled in a flow by an event that starts it. A subject "cannot re-enter
 * a workflow it is enrolled in" (conversations-workflows.es.txt: "Un contacto no puede volver a
 * entrar en un flujo de trabajo en el que está inscrito"); the rule is each run's, so one event
 * may enrol the same subject in several flows side by side ("Ambos flujos de trabajo se
 * ejecutarán al mismo tiempo").
 */
export function enrolmentRefusal(profile: Profile, status: FlowStatus, alreadyEnrolled: boolean): EnrolmentRefusal | undefined {
  if (!enrolsIn(profile, status)) return 'notLive';
  if (alreadyEnrolled) return 'alreadyEnrolled';
  return undefined;
}

/**
 * What a lifecycle change does to the subjects enrolled in a flow. Stopping a workflow ejects
 * every enrolled contact at once, and publishing it again does not bring them back
 * (conversations-workflows.es.txt: "todos los contactos inscritos se expulsarán inmediatamente
 * [...] No se volverán a inscribir"); finalizing a journey ends its runs. Pausing keeps them
 * where they are.
 */
export function enrolledOnChange(profile: Profile, to: FlowStatus): 'eject' | 'keep' {
  if (profile === 'conversations' && to === 'stopped') return 'eject';
  if (profile === 'journeys' && to === 'finalized') return 'eject';
  return 'keep';
}
