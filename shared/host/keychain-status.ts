import { z } from 'zod';

/**
 * Why the host cannot encrypt secrets with the OS keychain, as a code: the host's own words would
 * be English inside the user's language, so the UI words each code from its translations.
 */
export const KEYCHAIN_UNAVAILABLE_REASONS = ['browserHost', 'noKeyring', 'noKeychain'] as const;
export type KeychainUnavailableReason = (typeof KEYCHAIN_UNAVAILABLE_REASONS)[number];

/** Whether new secrets would be encrypted; when not, why (storing one then needs `allowUnprotected`). */
export const keychainStatusSchema = z.object({ protects: z.boolean(), reason: z.enum(KEYCHAIN_UNAVAILABLE_REASONS).optional() });
export type KeychainStatus = z.infer<typeof keychainStatusSchema>;
