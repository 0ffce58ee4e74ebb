/** Where an invitation's link points on the tenant server: this, then the link's secret (invitation-routes.ts). */
export const INVITATION_PATH = '/invitation';

/** A request address with an invitation link's secret replaced, for logs. */
export function withoutInvitationSecret(url: string): string {
  return url.startsWith(`${INVITATION_PATH}/`) ? `${INVITATION_PATH}/(secret)` : url;
}
