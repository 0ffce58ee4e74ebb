import { z } from 'zod';
import { roleSchema } from './roles';
import { checkTokenLabel } from './token-label';

/** The longest e-mail address a mailbox can have (RFC 5321's path limit, less the brackets). */
export const EMAIL_MAX_CHARS = 254;

export type PersonFieldCheck = { ok: true; value: string } | { ok: false; problem: string };

/**
 * An e-mail address as typed: trimmed and lower-cased (one person, one address, however it was
 * capitalised), one `@` with something on each side and a dot in the domain, no spaces.
 * `problem` reads after the option's name: `--email ${problem}`.
 */
export function checkEmail(text: string): PersonFieldCheck {
  const value = text.trim().toLowerCase();
  if (value === '') return { ok: false, problem: 'is empty' };
  if ([...value].length > EMAIL_MAX_CHARS) return { ok: false, problem: `is longer than ${EMAIL_MAX_CHARS} characters` };
  if (!/^[^\s@\p{Cc}]+@[^\s@\p{Cc}]+\.[^\s@\p{Cc}]+$/u.test(value)) return { ok: false, problem: `"${value}" is not an e-mail address (name@example.com)` };
  return { ok: true, value };
}

/** A person's name: the rules of a token label (printable, 1 to 80 characters, trimmed), which it stands beside in lists. */
export function checkPersonName(text: string): PersonFieldCheck {
  if (text.trim() === '') return { ok: false, problem: 'is empty: give the name people know this person by' };
  const checked = checkTokenLabel(text);
  return checked.ok ? { ok: true, value: checked.label } : checked;
}

/** A person as answers name one where a person's token acted; null for machine tokens and the command line. */
export const actorPersonSchema = z.object({ id: z.string(), name: z.string().min(1), email: z.string().min(1) }).nullable();
export type ActorPerson = z.infer<typeof actorPersonSchema>;

/** The person a token belongs to, as GET /v1/tenant tells them about themselves. */
export const tokenPersonSchema = z
  .object({ id: z.string(), name: z.string().min(1), email: z.string().min(1), role: roleSchema, mayPublishToFeed: z.boolean() })
  .nullable();
