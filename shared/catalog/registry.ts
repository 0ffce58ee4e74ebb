import type { Profile } from '../format/profiles';
import { contactCenterCatalog } from './contact-center/profile';
import { conversationsCatalog } from './conversations/profile';
import { journeysCatalog } from './journeys/profile';
import { pipelineCatalog } from './pipeline/profile';
import type { ProfileCatalog, StepType } from './types';

const catalogs: Readonly<Record<Profile, ProfileCatalog>> = {
  conversations: conversationsCatalog,
  pipeline: pipelineCatalog,
  journeys: journeysCatalog,
  'contact-center': contactCenterCatalog,
};

export const ALL_CATALOGS: readonly ProfileCatalog[] = Object.values(catalogs);

const typeIndex = new Map<Profile, ReadonlyMap<string, StepType>>(
  ALL_CATALOGS.map((catalog) => [catalog.profile, new Map(catalog.types.map((step) => [step.type, step as StepType]))]),
);

export function profileCatalog(profile: Profile): ProfileCatalog {
  return catalogs[profile];
}

/** The declaration of a step type in a profile, or undefined when the profile has no such type. */
export function findStepType(profile: Profile, type: string): StepType | undefined {
  return typeIndex.get(profile)?.get(type);
}
