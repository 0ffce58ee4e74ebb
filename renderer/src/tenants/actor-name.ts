import type { ActorPerson } from '../../../shared/tenant-api/people';

/**
 * Who acted, as the flows list shows it: the person a token belongs to by name, else the
 * token's label (a machine token: "CI deploy"), else its id (a tenant older than labels).
 * The e-mail goes in the tooltip, beside the token id, for telling two people of one name apart.
 */
export function actorName(tokenId: string, label: string | null, person: ActorPerson | undefined): { name: string; email: string | null } {
  if (person) return { name: person.name, email: person.email };
  return { name: label ?? tokenId, email: null };
}
