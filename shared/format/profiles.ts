import { z } from 'zod';

/** The platforms a flow can target; each has its own step catalog and rules. */
export const PROFILES = ['conversations', 'pipeline', 'journeys', 'contact-center'] as const;
export const profileSchema = z.enum(PROFILES);
export type Profile = z.infer<typeof profileSchema>;

/**
 * Flow kinds. Contact-center flows are `customer` or `reusable` (not interchangeable);
 * every other profile uses `standard`.
 */
export const FLOW_KINDS = ['standard', 'customer', 'reusable'] as const;
export const flowKindSchema = z.enum(FLOW_KINDS);
export type FlowKind = z.infer<typeof flowKindSchema>;

export function isProfile(value: unknown): value is Profile {
  return typeof value === 'string' && (PROFILES as readonly string[]).includes(value);
}

/** The kinds a flow of this profile may have; the first is the default for new flows. */
export function kindsForProfile(profile: Profile): readonly FlowKind[] {
  return profile === 'contact-center' ? ['customer', 'reusable'] : ['standard'];
}
