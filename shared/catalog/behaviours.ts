import type { Profile } from '../format/profiles';
import type { ProfileBehaviours, StepBehaviour, TriggerBehaviour } from './behaviour';
import { contactCenterBehaviours } from './contact-center/behaviours';
import { conversationsBehaviours } from './conversations/behaviours';
import { journeysBehaviours } from './journeys/behaviours';
import { pipelineBehaviours } from './pipeline/behaviours';

/**
 * Every type's run-time behaviour, by profile. Kept apart from the catalog's declarations
 * (registry.ts) so that whatever only draws, validates or packs flows, such as the editor at
 * start, never loads how they run.
 */
const behaviours: Readonly<Record<Profile, ProfileBehaviours>> = {
  conversations: conversationsBehaviours,
  pipeline: pipelineBehaviours,
  journeys: journeysBehaviours,
  'contact-center': contactCenterBehaviours,
};

export function behavioursOf(profile: Profile): ProfileBehaviours {
  return behaviours[profile];
}

/** The behaviour of a step type of `profile`, or undefined when it has none. */
export function stepBehaviourOf(profile: Profile, type: string): StepBehaviour | undefined {
  const behaviour = behaviours[profile][type];
  return behaviour && 'enter' in behaviour ? (behaviour as StepBehaviour) : undefined;
}

/** The behaviour of a trigger type of `profile`, or undefined when it has none. */
export function triggerBehaviourOf(profile: Profile, type: string): TriggerBehaviour | undefined {
  const behaviour = behaviours[profile][type];
  return behaviour && 'starts' in behaviour ? (behaviour as TriggerBehaviour) : undefined;
}
