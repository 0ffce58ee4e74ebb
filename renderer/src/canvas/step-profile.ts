import { createContext } from 'react';
import type { Profile } from '../../../shared/format/profiles';

/**
 * The profile of the flow on the canvas, for step nodes to read their catalog entries. One
 * value for the whole canvas rather than a copy in every node's data.
 */
export const StepProfileContext = createContext<Profile>('conversations');
