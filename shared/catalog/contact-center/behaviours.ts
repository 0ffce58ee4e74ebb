import type { ProfileBehaviours } from '../behaviour';

/** How each contact-center type behaves at run time: one `*.run.ts` file beside each type's declaration. */
export const contactCenterBehaviours: ProfileBehaviours = {
};
