import type { ProfileBehaviours } from '../behaviour';

/** How each journeys type behaves at run time: one `*.run.ts` file beside each type's declaration. */
export const journeysBehaviours: ProfileBehaviours = {
};
