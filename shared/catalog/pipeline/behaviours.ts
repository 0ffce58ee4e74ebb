import type { ProfileBehaviours } from '../behaviour';

/** How each pipeline type behaves at run time: one `*.run.ts` file beside each type's declaration. */
export const pipelineBehaviours: ProfileBehaviours = {
};
