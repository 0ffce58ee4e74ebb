import { createContext } from 'react';
import type { Profile } from '../../../shared/format/profiles';
import type { Locale } from '../../../shared/catalog/labels';

/** What every step node on a canvas shares: the flow's profile and the language labels are shown in. */
export interface StepNodeContext {
  profile: Profile;
  locale: Locale;
}

/**
 * One value for the whole canvas rather than a copy in every node's data, and one language
 * subscription (the canvas's) rather than one per drawn node.
 */
export const StepNodeContext = createContext<StepNodeContext>({ profile: 'conversations', locale: 'en' });
