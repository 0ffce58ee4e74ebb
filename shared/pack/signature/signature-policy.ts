import type { SignatureCheck } from './verify-pack';

/**
 * The policy "require a signature from a trusted key" (docs/FORMAT.md, Signature policy):
 * with it on, only a pack whose signature is `valid` may be unpacked, planned, pushed or
 * imported. The app, the CLI and the tenant server all word their refusal with this one
 * sentence, so a user reads the same reason everywhere.
 *
 * @returns Why the pack is refused under the policy (which of unsigned, untrusted or tampered
 *   it is), or null when it may go on. Callers add what asked for the signature.
 */
export function trustedSignatureRefusal(check: SignatureCheck): string | null {
  const key = check.fingerprint === undefined ? '' : ` ${check.fingerprint}`;
  switch (check.status) {
    case 'valid':
      return null;
    case 'unsigned':
      return 'the pack is not signed (it never was, or its signature was removed)';
    case 'untrusted':
      return `the pack is signed by a key that is not trusted (key${key})`;
    case 'tampered':
      return `the pack was changed after it was signed (${check.reason ?? 'the signature does not match'})`;
  }
}

/**
 * The warning for a pack that claims an author whose key is trusted but was not signed by that
 * key, or null. Shown whether or not the policy is on: it is what a forged or stripped pack
 * from a known author looks like.
 */
export function claimedAuthorWarning(check: SignatureCheck): string | null {
  const claim = check.claimsTrustedAuthor;
  if (claim === undefined) return null;
  const trusted = claim.trustedFingerprints.join(', ');
  const by = check.status === 'unsigned' ? 'it is not signed' : `it is signed by another key${check.fingerprint === undefined ? '' : ` (${check.fingerprint})`}`;
  return `the pack claims to be from "${claim.author}", whose trusted key is ${trusted}, but ${by}`;
}
