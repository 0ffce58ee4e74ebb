import { z } from 'zod';

/**
 * A pack that names as its author someone whose key is trusted, though that key did not sign it
 * (`SignatureCheck.claimsTrustedAuthor`), as it crosses the host boundary and the tenant API.
 * Its own file so those contracts do not load the signature code.
 */
export const claimsTrustedAuthorSchema = z.object({ author: z.string(), trustedFingerprints: z.array(z.string()) });
